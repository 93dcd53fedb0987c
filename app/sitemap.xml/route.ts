import { sitemapXml } from '@/lib/data/sitemap'
import { fileResponse } from '@/lib/http'

/** The sitemap of published pages (an index of /sitemap/<n>.xml once it grows large). */
export async function GET() {
  return fileResponse(await sitemapXml(), 'xml')
}

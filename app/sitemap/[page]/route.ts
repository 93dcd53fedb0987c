import { sitemapChunkXml } from '@/lib/data/sitemap'
import { fileResponse, notFoundResponse } from '@/lib/http'

/** One file of a split sitemap: /sitemap/1.xml, /sitemap/2.xml … */
export function generateStaticParams() {
  return [{ page: '1.xml' }]
}

export async function GET(_request: Request, { params }: RouteContext<'/sitemap/[page]'>) {
  const { page } = await params
  const match = /^([1-9]\d{0,5})\.xml$/.exec(page)
  if (!match) return notFoundResponse()
  return fileResponse(await sitemapChunkXml(Number(match[1])), 'xml')
}

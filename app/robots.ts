import type { MetadataRoute } from 'next'
import { siteUrl } from '@/lib/env'

/** Crawlers may read every public page; the Studio and the API are not for them. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/studio', '/api'] },
    sitemap: `${siteUrl}/sitemap.xml`,
  }
}

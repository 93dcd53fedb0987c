import { cacheLife } from 'next/cache'
import { fetchContent } from '../content/fetch'
import { parseList } from '../content/parse'
import { siteUrl } from '../env'
import { locales } from '../i18n/config'
import { sitemapEntry, sitemapQuery, sitemapResult } from '../queries/sitemap'
import { renderSitemap, renderUrlset, sitemapChunk, sitemapUrls } from '../seo/sitemap'

const sitemapTypes = ['event', 'person', 'organisation', 'initiative'] as const

async function allUrls() {
  'use cache'
  const data = sitemapResult.parse(await fetchContent(sitemapQuery, {}, sitemapTypes))
  const content = {
    events: parseList(sitemapEntry, data.events, 'event'),
    people: parseList(sitemapEntry, data.people, 'person'),
    organisations: parseList(sitemapEntry, data.organisations, 'organisation'),
    initiatives: parseList(sitemapEntry, data.initiatives, 'initiative'),
  }
  return sitemapUrls(content, locales, siteUrl)
}

/** /sitemap.xml: every address, or the index of chunk files once there are many. */
export async function sitemapXml(): Promise<string> {
  'use cache'
  cacheLife('content')
  return renderSitemap(await allUrls(), siteUrl)
}

/** /sitemap/<page>.xml, or null past the last page. */
export async function sitemapChunkXml(page: number): Promise<string | null> {
  'use cache'
  cacheLife('content')
  const chunk = sitemapChunk(await allUrls(), page)
  return chunk ? renderUrlset(chunk) : null
}

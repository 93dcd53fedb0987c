import type { Locale } from '../i18n/config'
import type { SitemapEntry } from '../queries/sitemap'
import { absoluteUrl, paths } from './urls'

/**
 * The sitemap: list pages and every published event, person, organisation and initiative.
 * Past `sitemapChunkSize` addresses, /sitemap.xml becomes an index of /sitemap/<n>.xml files
 * (the protocol allows 50,000 per file; smaller files regenerate faster).
 */
export const sitemapChunkSize = 5000

export type SitemapUrl = { loc: string; lastmod?: string }

export type SitemapContent = {
  events: SitemapEntry[]
  people: SitemapEntry[]
  organisations: SitemapEntry[]
  initiatives: SitemapEntry[]
}

export function sitemapUrls(
  content: SitemapContent,
  locales: readonly Locale[],
  siteUrl: string,
): SitemapUrl[] {
  const url = (path: string) => absoluteUrl(path, siteUrl)
  const entry = (path: string, item: SitemapEntry): SitemapUrl => ({
    loc: url(path),
    lastmod: item._updatedAt ?? undefined,
  })
  return locales.flatMap((locale) => [
    { loc: url(paths.home(locale)) },
    { loc: url(paths.events(locale)) },
    { loc: url(paths.people(locale)) },
    { loc: url(paths.organisations(locale)) },
    { loc: url(paths.initiatives(locale)) },
    ...content.events.map((item) => entry(paths.event(locale, item.slug), item)),
    ...content.people.map((item) => entry(paths.person(locale, item.slug), item)),
    ...content.organisations.map((item) => entry(paths.organisation(locale, item.slug), item)),
    ...content.initiatives.map((item) => entry(paths.initiative(locale, item.slug), item)),
  ])
}

export function chunkCount(total: number): number {
  return Math.max(1, Math.ceil(total / sitemapChunkSize))
}

/** Page n (1-based) of the addresses, or null past the end. */
export function sitemapChunk(urls: SitemapUrl[], page: number): SitemapUrl[] | null {
  if (!Number.isInteger(page) || page < 1 || page > chunkCount(urls.length)) return null
  return urls.slice((page - 1) * sitemapChunkSize, page * sitemapChunkSize)
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

const xmlHeader = '<?xml version="1.0" encoding="UTF-8"?>\n'
const namespace = 'http://www.sitemaps.org/schemas/sitemap/0.9'

export function renderUrlset(urls: SitemapUrl[]): string {
  const body = urls
    .map(({ loc, lastmod }) => {
      const modified = lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''
      return `<url><loc>${escapeXml(loc)}</loc>${modified}</url>`
    })
    .join('\n')
  return `${xmlHeader}<urlset xmlns="${namespace}">\n${body}\n</urlset>\n`
}

export function renderIndex(count: number, siteUrl: string): string {
  const body = Array.from({ length: count }, (_, index) => {
    const loc = absoluteUrl(`/sitemap/${index + 1}.xml`, siteUrl)
    return `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`
  }).join('\n')
  return `${xmlHeader}<sitemapindex xmlns="${namespace}">\n${body}\n</sitemapindex>\n`
}

/** /sitemap.xml: the addresses themselves while they fit in one file, else the index. */
export function renderSitemap(urls: SitemapUrl[], siteUrl: string): string {
  const count = chunkCount(urls.length)
  return count === 1 ? renderUrlset(urls) : renderIndex(count, siteUrl)
}

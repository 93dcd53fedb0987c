import { defaultLocale, type Locale } from '../i18n/config'
import type { SitemapEntry } from '../queries/sitemap'
import { emptyElement, parentElement, textElement, xmlDeclaration } from '../xml'
import { absoluteUrl, paths } from './urls'

/**
 * The sitemap: list pages and every published event, person, organisation and initiative.
 * Past `sitemapChunkSize` addresses, /sitemap.xml becomes an index of /sitemap/<n>.xml files
 * (the protocol allows 50,000 per file; smaller files regenerate faster).
 */
export const sitemapChunkSize = 5000

/** An address, its last edit, and the same page in every language (hreflang to URL). */
export type SitemapUrl = { loc: string; lastmod?: string; alternates?: [string, string][] }

export type SitemapContent = {
  events: SitemapEntry[]
  people: SitemapEntry[]
  organisations: SitemapEntry[]
  initiatives: SitemapEntry[]
}

type LocalePath = (locale: string) => string

/**
 * Every page in every locale, each naming its versions in the other languages (and English
 * as `x-default`), so search engines show visitors the page in their own language.
 */
export function sitemapUrls(
  content: SitemapContent,
  locales: readonly Locale[],
  siteUrl: string,
): SitemapUrl[] {
  const url = (path: string) => absoluteUrl(path, siteUrl)
  const fallback = locales.includes(defaultLocale) ? defaultLocale : locales[0]
  const pages: { path: LocalePath; lastmod?: string }[] = [
    { path: paths.home },
    { path: paths.events },
    { path: paths.people },
    { path: paths.organisations },
    { path: paths.initiatives },
    ...entries(content.events, paths.event),
    ...entries(content.people, paths.person),
    ...entries(content.organisations, paths.organisation),
    ...entries(content.initiatives, paths.initiative),
  ]
  return locales.flatMap((locale) =>
    pages.map(({ path, lastmod }) => ({
      loc: url(path(locale)),
      lastmod,
      alternates: [
        ...locales.map((other): [string, string] => [other, url(path(other))]),
        ...(fallback ? [['x-default', url(path(fallback))] satisfies [string, string]] : []),
      ],
    })),
  )
}

function entries(items: SitemapEntry[], path: (locale: string, slug: string) => string) {
  return items.map((item) => ({
    path: (locale: string) => path(locale, item.slug),
    lastmod: item._updatedAt ?? undefined,
  }))
}

export function chunkCount(total: number): number {
  return Math.max(1, Math.ceil(total / sitemapChunkSize))
}

/** Page n (1-based) of the addresses, or null past the end. */
export function sitemapChunk(urls: SitemapUrl[], page: number): SitemapUrl[] | null {
  if (!Number.isInteger(page) || page < 1 || page > chunkCount(urls.length)) return null
  return urls.slice((page - 1) * sitemapChunkSize, page * sitemapChunkSize)
}

const namespace = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const xhtml = 'http://www.w3.org/1999/xhtml'

export function renderUrlset(urls: SitemapUrl[]): string {
  const body = urls
    .map(({ loc, lastmod, alternates = [] }) =>
      parentElement('url', {}, [
        textElement('loc', loc),
        ...(lastmod ? [textElement('lastmod', lastmod)] : []),
        ...alternates.map(([hreflang, href]) =>
          emptyElement('xhtml:link', { rel: 'alternate', hreflang, href }),
        ),
      ]),
    )
    .join('\n')
  return `${xmlDeclaration}<urlset xmlns="${namespace}" xmlns:xhtml="${xhtml}">\n${body}\n</urlset>\n`
}

export function renderIndex(count: number, siteUrl: string): string {
  const body = Array.from({ length: count }, (_, index) =>
    parentElement('sitemap', {}, [
      textElement('loc', absoluteUrl(`/sitemap/${index + 1}.xml`, siteUrl)),
    ]),
  ).join('\n')
  return `${xmlDeclaration}<sitemapindex xmlns="${namespace}">\n${body}\n</sitemapindex>\n`
}

/** /sitemap.xml: the addresses themselves while they fit in one file, else the index. */
export function renderSitemap(urls: SitemapUrl[], siteUrl: string): string {
  const count = chunkCount(urls.length)
  return count === 1 ? renderUrlset(urls) : renderIndex(count, siteUrl)
}

import { siteUrl } from '../env'

/**
 * Public addresses, in one place. Pages link with paths; feeds, calendars, JSON-LD and the
 * sitemap need absolute URLs, built from NEXT_PUBLIC_SITE_URL.
 */
export const paths = {
  home: (locale: string) => `/${locale}` as const,
  events: (locale: string) => `/${locale}/events` as const,
  event: (locale: string, slug: string) => `/${locale}/events/${slug}` as const,
  /** The generated social image (opengraph-image.tsx, image id `card`). */
  eventImage: (locale: string, slug: string) =>
    `/${locale}/events/${slug}/opengraph-image/card` as const,
  eventIcs: (locale: string, slug: string) => `/${locale}/events/${slug}/event.ics` as const,
  eventsByTopic: (locale: string, slug: string) =>
    `/${locale}/events?topic=${encodeURIComponent(slug)}` as const,
  eventsBySeries: (locale: string, slug: string) =>
    `/${locale}/events?series=${encodeURIComponent(slug)}` as const,
  person: (locale: string, slug: string) => `/${locale}/people/${slug}` as const,
  people: (locale: string) => `/${locale}/people` as const,
  organisation: (locale: string, slug: string) => `/${locale}/organisations/${slug}` as const,
  organisations: (locale: string) => `/${locale}/organisations` as const,
  initiative: (locale: string, slug: string) => `/${locale}/initiatives/${slug}` as const,
  initiatives: (locale: string) => `/${locale}/initiatives` as const,
  calendarFeed: (locale: string) => `/${locale}/feeds/events.ics` as const,
  seriesCalendarFeed: (locale: string, slug: string) =>
    `/${locale}/feeds/series/${slug}/events.ics` as const,
  topicCalendarFeed: (locale: string, slug: string) =>
    `/${locale}/feeds/topics/${slug}/events.ics` as const,
  rss: (locale: string) => `/${locale}/feeds/rss.xml` as const,
  atom: (locale: string) => `/${locale}/feeds/atom.xml` as const,
} as const

export function absoluteUrl(path: string, base: string = siteUrl): string {
  return new URL(path, `${base}/`).toString()
}

/** The same address for calendar apps that subscribe: webcal:// opens them directly. */
export function webcalUrl(path: string, base: string = siteUrl): string {
  return absoluteUrl(path, base).replace(/^https?:/, 'webcal:')
}

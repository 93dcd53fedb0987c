import { prerenderedSlugs } from '@/lib/i18n/prerender'
import { collectionCalendar, listCollectionSlugs } from '@/lib/data/feeds'
import { fileResponse, notFoundResponse } from '@/lib/http'
import { isLocale } from '@/lib/i18n/config'

/** The events of one topic as a calendar to subscribe to; 404 for an unknown slug. */
export async function generateStaticParams() {
  const slugs = await listCollectionSlugs('topic')
  // Cache Components needs at least one entry to check the route at build time.
  const known = slugs.length > 0 ? slugs : ['none']
  return prerenderedSlugs(known)
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/[locale]/feeds/topics/[slug]/events.ics'>,
) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return notFoundResponse()
  return fileResponse(await collectionCalendar('topic', locale, slug), 'calendar')
}

import { prerenderedSlugs } from '@/lib/i18n/prerender'
import { eventCalendar } from '@/lib/data/feeds'
import { listEventSlugs } from '@/lib/data/events'
import { fileResponse, notFoundResponse } from '@/lib/http'
import { isLocale } from '@/lib/i18n/config'

/** One event as an iCalendar file, for "Add to calendar". */
export async function generateStaticParams() {
  const slugs = await listEventSlugs()
  const known = slugs.length > 0 ? slugs : ['from-open-software-to-open-culture']
  return prerenderedSlugs(known)
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/[locale]/events/[slug]/event.ics'>,
) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return notFoundResponse()
  return fileResponse(await eventCalendar(locale, slug), 'calendar', `${slug}.ics`)
}

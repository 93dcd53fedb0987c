import { eventsCalendar } from '@/lib/data/feeds'
import { fileResponse, notFoundResponse } from '@/lib/http'
import { isLocale, locales } from '@/lib/i18n/config'

/** A calendar of all events to subscribe to. */
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/[locale]/feeds/events.ics'>,
) {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  return fileResponse(await eventsCalendar(locale), 'calendar')
}

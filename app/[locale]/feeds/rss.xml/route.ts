import { eventsRss } from '@/lib/data/feeds'
import { fileResponse, notFoundResponse } from '@/lib/http'
import { isLocale, locales } from '@/lib/i18n/config'

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feeds/rss.xml'>) {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  return fileResponse(await eventsRss(locale), 'rss')
}

import { siteUrl } from '@/lib/env'
import type { Locale } from '@/lib/i18n/config'
import type { EventDetail } from '@/lib/queries/events'
import { eventJsonLd, serializeJsonLd } from '@/lib/seo/json-ld'

/** schema.org Event markup for search engines, in the page body as Next.js recommends. */
export function EventJsonLd({ event, locale }: { event: EventDetail; locale: Locale }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(eventJsonLd(event, locale, siteUrl)) }}
    />
  )
}

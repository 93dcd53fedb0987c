import { ImageResponse } from 'next/og'
import { EventSocialImage, socialImageSize } from '@/components/event/social-image'
import { getEvent } from '@/lib/data/events'
import { eventWhen } from '@/lib/event-text'
import { isLocale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'

/**
 * The picture shown when an event page is shared: title, subtitle, date in the event's zone.
 * generateImageMetadata gives each event its own alternative text.
 */
type Params = { locale: string; slug: string }

async function load(params: Params | Promise<Params>) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return null
  const event = await getEvent(locale, slug)
  return event ? { locale, event } : null
}

export async function generateImageMetadata({ params }: { params: Params | Promise<Params> }) {
  const found = await load(params)
  if (!found) return []
  const { event, locale } = found
  return [
    {
      // Keep in step with paths.eventImage, which JSON-LD links to.
      id: 'card',
      alt: `${event.title}. ${eventWhen(event, locale)}`,
      size: socialImageSize,
      contentType: 'image/png',
    },
  ]
}

export default async function Image({ params }: { params: Promise<Params> }) {
  const found = await load(params)
  if (!found) return new Response('Not found', { status: 404 })
  const { event, locale } = found
  const messages = getMessages(locale)
  return new ImageResponse(
    <EventSocialImage
      title={event.title}
      subtitle={event.subtitle}
      when={eventWhen(event, locale)}
      series={event.series?.title}
      status={event.status === 'scheduled' ? undefined : messages.status[event.status]}
      organisers={event.organisers.map((organisation) => organisation.acronym ?? organisation.name)}
    />,
    socialImageSize,
  )
}

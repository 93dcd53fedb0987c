import { ImageResponse } from 'next/og'
import { EventSocialImage, socialImageSize } from '@/components/event/social-image'
import { getEvent } from '@/lib/data/events'
import { eventWhen } from '@/lib/event-text'
import { isLocale } from '@/lib/i18n/config'
import { cardRuns, socialCard } from '@/lib/og/card'
import { cardFonts, fontFaces } from '@/lib/og/fonts'

/**
 * The picture shown when an event page is shared: title, subtitle, date in the event's zone,
 * drawn in the Noto fonts the project ships; an Arabic page's has no words (lib/og/card.ts).
 * generateImageMetadata gives each event its own alternative text, in the page's language.
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
  const card = socialCard(event, locale, fontFaces())
  const { fonts, fontFamily } = cardFonts(cardRuns(card))
  return new ImageResponse(<EventSocialImage card={card} fontFamily={fontFamily} />, {
    ...socialImageSize,
    fonts,
  })
}

import { eventWhen } from '../event-text'
import { localeDirection, type Locale } from '../i18n/config'
import { textDirection } from '../i18n/languages'
import { getMessages } from '../i18n/messages'
import type { EventDetail } from '../queries/events'
import { zonedIso } from '../zoned-time'
import { selectFaces, type FontFace, type TextRun } from './fonts'

/**
 * What an event's social image shows, decided before it is drawn: the words of the page in
 * its language where the fonts draw them, or a card without words where they cannot.
 *
 * Satori (next/og) cannot lay out Arabic: with Noto Sans Arabic or Noto Naskh Arabic it stops
 * with an error, and with a font it can read, it joins the letters but puts the words in the
 * wrong order and drops vowel marks (docs/public-site.md, "Social images"). So an Arabic
 * page's card carries no Arabic: the site's name, the date in digits and the organisers'
 * Latin acronyms, laid out right to left.
 */

export type CardEvent = Pick<
  EventDetail,
  'title' | 'subtitle' | 'status' | 'start' | 'end' | 'timeZone' | 'series' | 'organisers' | 'lang'
>

export type TextCard = {
  kind: 'text'
  brand: string
  title: string
  subtitle?: string
  when?: string
  status?: string
  organisers: string[]
}

export type CardDate = { day: string; month: string; year: string }

export type WordlessCard = {
  kind: 'wordless'
  brand: string
  /** The first day and, when the event ends on another, the last, in the event's zone. */
  dates: CardDate[]
  /** A cancelled or postponed event's date no longer holds: it is drawn struck through. */
  struck: boolean
  organisers: string[]
}

export type SocialCard = TextCard | WordlessCard

const siteName = 'Event Portal'

/** What next/og draws as an emoji picture: pictographs, flags, keycaps and their joiners. */
const emoji =
  /\p{Emoji}\ufe0f|\p{Emoji_Presentation}|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\u200d\u20e3]/gu

/**
 * `text` as the card can draw it, or undefined: a field in a right-to-left language, or
 * with a letter or digit no shipped font has, is left off the card rather than drawn as
 * boxes. Emoji, and other characters no font has (dingbats), are dropped from it: next/og
 * would fetch an emoji picture or a font from the web while rendering.
 */
export function drawable(
  faces: readonly FontFace[],
  text: string | null | undefined,
  language?: string | null,
): string | undefined {
  if (!text) return undefined
  if (language && textDirection(language) === 'rtl') return undefined
  const plain = text.replace(emoji, '')
  const { missing } = selectFaces(faces, plain, 400)
  if (missing.some((char) => /[\p{L}\p{N}]/u.test(char))) return undefined
  const kept = [...plain]
    .filter((char) => !missing.includes(char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
  return kept || undefined
}

/** Acronyms written in Latin letters ("UNESCO", "UN-Habitat"), which read the same on any page. */
const latinAcronym = /^[\p{Script=Latin}\p{N}\s.&+\-–/]+$/u

function cardDate(instant: string, timeZone: string): CardDate {
  // zonedIso writes the event zone's wall-clock date as YYYY-MM-DD, in Western digits,
  // which is also how the site's Arabic pages write numbers (CLDR's default for "ar").
  const [year = '', month = '', day = ''] = zonedIso(instant, timeZone).slice(0, 10).split('-')
  return { day: String(Number(day)), month: String(Number(month)), year }
}

export function socialCard(
  event: CardEvent,
  locale: Locale,
  faces: readonly FontFace[],
): SocialCard {
  const messages = getMessages(locale)
  const brand = drawable(faces, messages.home.fallbackTitle) ?? siteName
  const title = drawable(faces, event.title, event.lang.title)
  if (localeDirection(locale) === 'rtl' || !title) {
    const start = cardDate(event.start, event.timeZone)
    const end = cardDate(event.end, event.timeZone)
    const sameDay = start.day === end.day && start.month === end.month && start.year === end.year
    return {
      kind: 'wordless',
      brand,
      dates: sameDay ? [start] : [start, end],
      struck: event.status === 'cancelled' || event.status === 'postponed',
      organisers: event.organisers
        .map((organisation) => organisation.acronym)
        .filter((acronym): acronym is string => !!acronym && latinAcronym.test(acronym))
        .flatMap((acronym) => drawable(faces, acronym) ?? []),
    }
  }
  return {
    kind: 'text',
    brand: drawable(faces, event.series?.title, event.series?.lang.title) ?? brand,
    title,
    subtitle: drawable(faces, event.subtitle, event.lang.subtitle),
    when: drawable(faces, eventWhen(event, locale), locale),
    status:
      event.status === 'scheduled'
        ? undefined
        : drawable(faces, messages.status[event.status], locale),
    organisers: event.organisers.flatMap(
      (organisation) =>
        drawable(
          faces,
          organisation.acronym ?? organisation.name,
          organisation.acronym ? organisation.lang.acronym : organisation.lang.name,
        ) ?? [],
    ),
  }
}

/** The text a card draws, with the weight of each piece, for choosing its fonts. */
export function cardRuns(card: SocialCard): TextRun[] {
  if (card.kind === 'wordless') {
    return [
      { text: card.brand, weight: 400 },
      { text: card.organisers.join(' · '), weight: 400 },
      ...card.dates.map((date) => ({ text: `${date.month}/${date.year}–`, weight: 400 as const })),
      ...card.dates.map((date) => ({ text: date.day, weight: 700 as const })),
    ]
  }
  return [
    { text: card.brand, weight: 400 },
    { text: card.title, weight: 700 },
    { text: card.subtitle ?? '', weight: 400 },
    { text: card.when ?? '', weight: 400 },
    { text: card.status ?? '', weight: 700 },
    { text: card.organisers.join(' · '), weight: 400 },
  ]
}

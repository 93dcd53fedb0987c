import { formatRange } from './dates'
import { formatList } from './i18n/format'
import type { Locale } from './i18n/config'
import { format, getMessages } from './i18n/messages'
import type { FeedEvent } from './queries/feeds'

/** Only http(s) addresses go into calendars and feeds; anything else is left out. */
export function isWebLink(value: string | null | undefined): value is string {
  if (!value) return false
  try {
    const { protocol } = new URL(value)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}

/**
 * A web address as files should carry it: the normalised form (`new URL(x).href`), which
 * drops tabs and line breaks and percent-encodes spaces and controls. Undefined unless http(s).
 */
export function webLink(value: string | null | undefined): string | undefined {
  return isWebLink(value) ? new URL(value).href : undefined
}

/** "Thursday, 23 September 2021, 09:00–10:30 Eastern Time (UTC−4)", in the page's language. */
export function eventWhen(event: Pick<FeedEvent, 'start' | 'end' | 'timeZone'>, locale: Locale) {
  const when = formatRange(event, locale)
  const { event: messages } = getMessages(locale)
  return `${format(locale, messages.dateTime, { date: when.date, time: when.time })} ${format(locale, messages.zone, when.zone)}`
}

/** The title calendars and feed readers show: a cancellation or postponement says so first. */
export function eventHeadline(event: Pick<FeedEvent, 'title' | 'status'>, locale: Locale) {
  const { calendar } = getMessages(locale)
  if (event.status === 'cancelled')
    return format(locale, calendar.cancelledTitle, { title: event.title })
  if (event.status === 'postponed')
    return format(locale, calendar.postponedTitle, { title: event.title })
  return event.title
}

/**
 * The plain-text account of an event that calendar files and feeds carry: what it is, when
 * (in its own zone, named), how to join or watch, who organises it, and where to read more.
 */
export function eventText(event: FeedEvent, locale: Locale, pageUrl: string): string[] {
  const { calendar, status } = getMessages(locale)
  const online = webLink(event.onlineUrl)
  const recording = webLink(event.recording?.url)
  return [
    event.status !== 'scheduled' ? status[event.status] : undefined,
    event.subtitle,
    event.summary,
    format(locale, calendar.when, { when: eventWhen(event, locale) }),
    online ? format(locale, calendar.join, { url: online }) : undefined,
    recording ? format(locale, calendar.watch, { url: recording }) : undefined,
    event.organisers.length > 0
      ? format(locale, calendar.organisedBy, {
          names: formatList(
            event.organisers.map((o) => o.name),
            locale,
          ),
        })
      : undefined,
    format(locale, calendar.details, { url: pageUrl }),
  ].filter((line): line is string => typeof line === 'string' && line !== '')
}

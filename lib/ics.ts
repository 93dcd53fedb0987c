import { createEvent, createEvents, type EventAttributes, type EventStatus } from 'ics'
import type { EventStatus as PortalStatus } from './event-options'
import type { Locale } from './i18n/config'
import { getMessages } from './i18n/messages'
import type { FeedEvent } from './queries/feeds'
import { absoluteUrl, paths } from './seo/urls'
import { eventHeadline, eventText, webLink } from './event-text'
import { oneLine, plainText } from './plain-text'

/**
 * iCalendar files with the `ics` package. Times are written as UTC instants (…Z): every
 * calendar places them correctly without a VTIMEZONE block, and shows them in its owner's
 * zone. The event's own zone is named in the description.
 *
 * The `ics` package escapes commas, semicolons and LF, but passes a lone CR through, which
 * many readers take as a line end: editor text could then start a property of its own. So
 * every text goes through lib/plain-text.ts first (one-line fields lose their line breaks,
 * the description keeps LF, which `ics` escapes) and links are written normalised.
 */
export type IcsOptions = { locale: Locale; siteUrl: string; calendarName: string }

const statusMap: Record<PortalStatus, EventStatus> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  movedOnline: 'CONFIRMED',
  // A postponed event has no firm date yet.
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
}

function location(event: FeedEvent, locale: Locale): string | undefined {
  const venue = [event.venue?.name, event.venue?.address, event.venue?.city, event.venue?.country]
    .map((part) => (part ? oneLine(part) : ''))
    .filter(Boolean)
    .join(', ')
  const online = webLink(event.onlineUrl) ?? getMessages(locale).calendar.online
  if (event.attendanceMode === 'inPerson') return venue || undefined
  if (event.attendanceMode === 'online') return online
  return [venue, online].filter(Boolean).join(' / ')
}

/** Document ids are a–z, 0–9, `.`, `_`, `-` in the Content Lake; a stored one may be anything. */
function uidPart(id: string): string {
  return id.replace(/^drafts\./, '').replace(/[^\w.-]/g, '-')
}

/** A revision number that grows with every edit, so a later file supersedes an earlier one. */
function sequence(updatedAt: string | null | undefined): number {
  return updatedAt ? Math.floor(Date.parse(updatedAt) / 60_000) : 0
}

export function eventAttributes(event: FeedEvent, options: IcsOptions): EventAttributes {
  const url = absoluteUrl(paths.event(options.locale, event.slug), options.siteUrl)
  const edited = event._updatedAt ? Date.parse(event._updatedAt) : Date.parse(event.start)
  const attributes = {
    uid: `${uidPart(event._id)}@${new URL(options.siteUrl).hostname}`,
    title: oneLine(eventHeadline(event, options.locale)),
    start: Date.parse(event.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(event.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    description: eventText(event, options.locale, url).map(plainText).join('\n\n'),
    url,
    location: location(event, options.locale),
    status: statusMap[event.status],
    categories: event.topics.map((topic) => oneLine(topic.title).replace(/[,;\\]/g, ' ')),
    sequence: sequence(event._updatedAt),
    lastModified: edited,
    // DTSTAMP from the last edit rather than the clock keeps the file identical between requests.
    timestamp: edited,
  } satisfies EventAttributes & { timestamp: number }
  return attributes
}

/**
 * A calendar of any number of events. An event the `ics` validator rejects is logged and
 * left out; the rest of the calendar is still served.
 */
export function calendarFile(events: FeedEvent[], options: IcsOptions): string {
  const valid: EventAttributes[] = []
  for (const event of events) {
    try {
      const attributes = eventAttributes(event, options)
      const checked = createEvent(attributes)
      if (checked.error) throw checked.error
      valid.push(attributes)
    } catch (error) {
      console.warn(`[ics] event ${event._id} skipped: ${String(error)}`)
    }
  }
  const { error, value } = createEvents(valid, {
    productId: '-//Event Portal//Events//EN',
    method: 'PUBLISH',
    calName: oneLine(options.calendarName),
  })
  if (error || value === null) throw error ?? new Error('The calendar could not be written')
  return value
}

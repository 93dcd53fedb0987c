import { eventStatusTitles, eventStatusValues } from '../../lib/event-options'
import { isIanaTimeZone } from './rules'
import type { PreviewValue } from 'sanity'

/**
 * What staff see for each document in Studio lists: enough to tell similar documents
 * apart without opening them.
 */
type Media = PreviewValue['media']

function statusTitle(status: unknown): string {
  const known = eventStatusValues.find((value) => value === status)
  return known ? eventStatusTitles[known] : 'No status'
}

/** "23 Sep 2021, 09:00 New York", in the event's own time zone. */
export function eventWhen(start: unknown, timeZone: unknown): string {
  if (typeof start !== 'string' || Number.isNaN(Date.parse(start))) return 'No date yet'
  const zone = typeof timeZone === 'string' && isIanaTimeZone(timeZone) ? timeZone : 'UTC'
  const when = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  }).format(new Date(start))
  const place = (zone.split('/').pop() ?? zone).replace(/_/g, ' ')
  return `${when} ${place}`
}

export function eventPreview(selection: {
  title?: unknown
  start?: unknown
  timeZone?: unknown
  status?: unknown
  media?: Media
}) {
  const title =
    typeof selection.title === 'string' && selection.title ? selection.title : 'Untitled event'
  return {
    title,
    subtitle: `${eventWhen(selection.start, selection.timeZone)} · ${statusTitle(selection.status)}`,
    media: selection.media,
  }
}

export function personPreview(selection: {
  name?: unknown
  organisation?: unknown
  acronym?: unknown
  media?: Media
}) {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined)
  return {
    title: text(selection.name) ?? 'Unnamed person',
    subtitle: text(selection.acronym) ?? text(selection.organisation) ?? 'No organisation',
    media: selection.media,
  }
}

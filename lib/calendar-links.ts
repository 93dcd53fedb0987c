/**
 * "Add to calendar" links for the web calendars most visitors use. Both take UTC instants;
 * Google is also told the event's zone so the entry shows it.
 */
export type CalendarLinkInput = {
  title: string
  start: string
  end: string
  timeZone: string
  details: string
  location?: string
}

/** 2021-09-23T13:00:00.000Z → 20210923T130000Z */
function compactUtc(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

function isoUtc(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function googleCalendarUrl(input: CalendarLinkInput): string {
  const url = new URL('https://calendar.google.com/calendar/render')
  url.searchParams.set('action', 'TEMPLATE')
  url.searchParams.set('text', input.title)
  url.searchParams.set('dates', `${compactUtc(input.start)}/${compactUtc(input.end)}`)
  url.searchParams.set('ctz', input.timeZone)
  url.searchParams.set('details', input.details)
  if (input.location) url.searchParams.set('location', input.location)
  return url.toString()
}

/** Outlook on the web: outlook.live.com for personal accounts, outlook.office.com for work. */
export function outlookCalendarUrl(
  input: CalendarLinkInput,
  host: 'outlook.live.com' | 'outlook.office.com' = 'outlook.live.com',
): string {
  const url = new URL(`https://${host}/calendar/0/action/compose`)
  url.searchParams.set('rru', 'addevent')
  url.searchParams.set('path', '/calendar/action/compose')
  url.searchParams.set('subject', input.title)
  url.searchParams.set('startdt', isoUtc(input.start))
  url.searchParams.set('enddt', isoUtc(input.end))
  url.searchParams.set('body', input.details)
  if (input.location) url.searchParams.set('location', input.location)
  return url.toString()
}

/**
 * Pure checks behind the Studio's validation rules. They return an error message a
 * non-developer understands, or `true`. Kept free of Sanity imports so the site and the
 * tests can use them too.
 */
export type RuleResult = true | string

export function isIanaTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return zone.includes('/') || zone === 'UTC'
  } catch {
    return false
  }
}

export function checkTimeZone(zone: unknown): RuleResult {
  if (zone === undefined || zone === null || zone === '') return true
  if (typeof zone === 'string' && isIanaTimeZone(zone)) return true
  return 'Use a time zone name such as "America/New_York" or "Europe/Zurich" (IANA time zone).'
}

const allowedSchemes = ['http:', 'https:', 'mailto:']

export function checkLink(value: unknown): RuleResult {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string') return 'Enter a web address.'
  try {
    const url = new URL(value)
    if (allowedSchemes.includes(url.protocol)) return true
  } catch {
    // fall through to the message below
  }
  return 'Links must start with https://, http:// or mailto:.'
}

export function checkEndAfterStart(start: unknown, end: unknown): RuleResult {
  if (typeof start !== 'string' || typeof end !== 'string') return true
  return Date.parse(end) > Date.parse(start) ? true : 'The end must be after the start.'
}

export function checkWithin(
  item: { start?: string; end?: string },
  span: { start?: string; end?: string },
): RuleResult {
  if (!span.start || !span.end) return true
  const from = Date.parse(span.start)
  const to = Date.parse(span.end)
  for (const value of [item.start, item.end]) {
    if (value && (Date.parse(value) < from || Date.parse(value) > to)) {
      return 'Programme items must take place between the event’s start and end.'
    }
  }
  return true
}

type Attendance = 'online' | 'inPerson' | 'hybrid'

export function checkOnlineUrl(
  mode: Attendance | undefined,
  url: unknown,
  hasRecording = false,
): RuleResult {
  if ((mode === 'online' || mode === 'hybrid') && !url && !hasRecording) {
    return 'Online and hybrid events need an online link (the stream or meeting address), or a recording once they are over.'
  }
  return true
}

export function checkVenue(mode: Attendance | undefined, venue: unknown): RuleResult {
  const hasVenue = typeof venue === 'object' && venue !== null && 'name' in venue && !!venue.name
  if ((mode === 'inPerson' || mode === 'hybrid') && !hasVenue) {
    return 'In-person and hybrid events need a venue name.'
  }
  return true
}

export function checkPreviousStart(status: unknown, previousStart: unknown): RuleResult {
  if (status === 'rescheduled' && !previousStart) {
    return 'A rescheduled event needs the date it was first planned for.'
  }
  return true
}

/** Reads one field of a document or object that validation hands over as `unknown`. */
export function readField(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || !(key in value)) return undefined
  return Reflect.get(value, key)
}

export function readString(value: unknown, key: string): string | undefined {
  const field = readField(value, key)
  return typeof field === 'string' ? field : undefined
}

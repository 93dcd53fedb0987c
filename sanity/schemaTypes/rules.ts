/**
 * Pure checks behind the Studio's validation rules. They return an error message a
 * non-developer understands, or `true`. Kept free of Sanity imports so the site and the
 * tests can use them too.
 */
export type RuleResult = true | string

const zones = [...Intl.supportedValuesOf('timeZone'), 'UTC']
const zonesByName = new Map(zones.map((zone) => [zone.toLowerCase(), zone]))
const zonesByCity = new Map(
  zones.map((zone) => [(zone.split('/').pop() ?? zone).toLowerCase(), zone]),
)
const zoneExample =
  'Use a time zone name such as "America/New_York" or "Europe/Zurich" (IANA time zone).'

export function isIanaTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return zone.includes('/') || zone === 'UTC'
  } catch {
    return false
  }
}

/** A valid IANA zone, written the way the site and calendars expect it. */
export function checkTimeZone(zone: unknown): RuleResult {
  if (zone === undefined || zone === null || zone === '') return true
  if (typeof zone !== 'string') return zoneExample
  const canonical = zonesByName.get(zone.toLowerCase())
  if (isIanaTimeZone(zone)) {
    return !canonical || canonical === zone ? true : `Write the time zone as "${canonical}".`
  }
  const city = zonesByCity.get(zone.trim().replace(/\s+/g, '_').toLowerCase())
  return city ? `Use the full time zone name, e.g. "${city}".` : zoneExample
}

export type LinkScheme = 'http' | 'https' | 'mailto'

const linkMessages = {
  web: 'Enter a web address that starts with https:// or http://.',
  any: 'Links must start with https://, http:// or mailto:.',
}

/** Only web and e-mail links: no `javascript:`, `data:` or relative addresses. */
export function checkLink(
  value: unknown,
  schemes: readonly LinkScheme[] = ['http', 'https', 'mailto'],
): RuleResult {
  if (value === undefined || value === null || value === '') return true
  const message = schemes.includes('mailto') ? linkMessages.any : linkMessages.web
  if (typeof value !== 'string' || value.trim() !== value) return message
  try {
    const url = new URL(value)
    const scheme = url.protocol.replace(/:$/, '')
    if (!schemes.some((allowed) => allowed === scheme)) return message
    if (scheme !== 'mailto' && (url.username || url.password || !url.hostname)) return message
    return true
  } catch {
    return message
  }
}

/**
 * The one form of slug the site serves and links: lowercase words of a–z and 0–9 joined by
 * single hyphens, at most `slugMaxLength` characters. It needs no percent-encoding, so the
 * address a list links to is the address the page answers at, and it cannot climb out of
 * its folder (`../`). The Studio enforces it and the site drops documents without it.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const slugMaxLength = 96

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= slugMaxLength && slugPattern.test(value)
}

/** A web address part the site can serve as is: lowercase words joined by hyphens. */
export function checkSlug(current: unknown, what: string): RuleResult {
  if (typeof current !== 'string' || current.trim() === '') {
    return `The ${what} needs a web address (slug). Use "Generate" to make one from the title.`
  }
  if (current.length > slugMaxLength) return 'Keep the web address (slug) under 96 characters.'
  if (!slugPattern.test(current)) {
    return 'A web address (slug) can only use lowercase letters a–z, numbers and single hyphens, e.g. "open-source-week-2025".'
  }
  return true
}

/** Letters that carry no accent to strip, spelt the way English writes them. */
const spelled: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  '&': ' and ',
}

/**
 * The slug "Generate" makes from a title: accents dropped (Café → cafe), any other run of
 * characters outside a–z and 0–9 turned into one hyphen, cut at a word boundary to fit
 * `slugMaxLength`. Always matches `slugPattern`, or is empty when the title has no letters
 * or digits in the Latin alphabet (the editor then types one).
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı&]/g, (letter) => spelled[letter] ?? '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word
    if (longer.length > slugMaxLength) return slug || word.slice(0, slugMaxLength)
    slug = longer
  }
  return slug
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
  // While the event's own times are wrong, that is the one problem to report.
  if (!(to > from)) return true
  for (const value of [item.start, item.end]) {
    if (value && (Date.parse(value) < from || Date.parse(value) > to)) {
      return 'Programme items must take place between the event’s start and end.'
    }
  }
  return true
}

type Attendance = 'online' | 'inPerson' | 'hybrid'

export type AttendanceFacts = {
  mode?: Attendance
  status?: string
  /** When the event ends; with `now`, tells whether a recording may stand in for the link. */
  end?: string
  hasRecording?: boolean
  now?: Date
}

/** Moved-online events are online events, whatever the attendance field still says. */
function effectiveMode({ mode, status }: AttendanceFacts): Attendance | undefined {
  return status === 'movedOnline' ? 'online' : mode
}

export function checkOnlineUrl(facts: AttendanceFacts, url: unknown): RuleResult {
  const mode = effectiveMode(facts)
  if (facts.status === 'cancelled' || (mode !== 'online' && mode !== 'hybrid') || url) return true
  const isOver = !!facts.end && Date.parse(facts.end) < (facts.now ?? new Date()).getTime()
  if (isOver && facts.hasRecording) return true
  return isOver
    ? 'Online and hybrid events need an online link, or a recording now that the event is over.'
    : 'Online and hybrid events need an online link (the stream or meeting address).'
}

/** True when a localised value has text in some language, English or not. */
function hasAnyLanguage(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  return Object.entries(value).some(
    ([key, text]) => !key.startsWith('_') && typeof text === 'string' && text.trim() !== '',
  )
}

/** The venue's name is localised; English is the one every other language falls back to. */
export function checkVenue(facts: AttendanceFacts, venue: unknown): RuleResult {
  const mode = effectiveMode(facts)
  if (facts.status === 'cancelled' || (mode !== 'inPerson' && mode !== 'hybrid')) return true
  const name = readField(venue, 'name')
  if (readString(name, 'en')?.trim()) return true
  return hasAnyLanguage(name)
    ? 'The venue name is required in English.'
    : 'In-person and hybrid events need a venue name.'
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

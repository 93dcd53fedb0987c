/**
 * Date and time formatting. Instants are stored in UTC with the event's IANA zone beside
 * them; pages show the event's own zone, named, and the visitor's zone on request.
 */
import { intlLocales, isLocale } from './i18n/config'

/** Site locale to Intl locale ("en" formats as en-GB: "Thursday 23 September 2021"). */
function intl(locale: string): string {
  return isLocale(locale) ? intlLocales[locale] : locale
}

export type TimeRange = { start: string; end: string; timeZone: string }

function parts(date: Date, locale: string, timeZone: string) {
  return {
    date: new Intl.DateTimeFormat(intl(locale), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    }).format(date),
    time: new Intl.DateTimeFormat(intl(locale), {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    }).format(date),
  }
}

/** The zone's long name for that date, e.g. "Eastern Daylight Time", and its offset "UTC-4". */
export function zoneNames(iso: string, locale: string, timeZone: string) {
  const date = new Date(iso)
  const name = (style: 'long' | 'shortOffset') =>
    new Intl.DateTimeFormat(intl(locale), { timeZone, timeZoneName: style })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  return { long: name('long'), offset: name('shortOffset').replace(/^GMT/, 'UTC') || 'UTC' }
}

/** A city-like label for a zone: "America/New_York" gives "New York". */
export function zoneCity(timeZone: string): string {
  const city = timeZone.split('/').pop() ?? timeZone
  return city.replace(/_/g, ' ')
}

export function formatRange({ start, end, timeZone }: TimeRange, locale: string) {
  const from = parts(new Date(start), locale, timeZone)
  const to = parts(new Date(end), locale, timeZone)
  const zone = zoneNames(start, locale, timeZone)
  const sameDay = from.date === to.date
  return {
    date: sameDay ? from.date : `${from.date} – ${to.date}`,
    time: sameDay ? `${from.time}–${to.time}` : `${from.time} – ${to.time}`,
    zone: { city: zoneCity(timeZone), name: zone.long, offset: zone.offset },
    startDate: from.date,
    startTime: from.time,
    endTime: to.time,
  }
}

export function formatDate(iso: string, locale: string, timeZone: string): string {
  return parts(new Date(iso), locale, timeZone).date
}

export function formatShortDate(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intl(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).format(new Date(iso))
}

/**
 * Date and time formatting. Instants are stored in UTC with the event's IANA zone beside
 * them; pages show the event's own zone, named, and the visitor's zone on request.
 *
 * Everything here comes from Intl (CLDR through the runtime's ICU): the words, their order,
 * the range separators and the 12- or 24-hour clock are the locale's, so one code path
 * serves every language the site is in.
 */
import { intlLocales, isLocale } from './i18n/config'

/** Site locale to Intl locale ("en" formats as en-GB: "Thursday, 23 September 2021"). */
function intl(locale: string): string {
  return isLocale(locale) ? intlLocales[locale] : locale
}

const styles = {
  date: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  shortDate: { day: 'numeric', month: 'short', year: 'numeric' },
  // The locale's own short time: 24-hour where the language uses it, and the same digits in
  // a single time as in a range (the hour and minute options alone pad them differently).
  time: { timeStyle: 'short' },
  longGeneric: { timeZoneName: 'longGeneric' },
  long: { timeZoneName: 'long' },
  longOffset: { timeZoneName: 'longOffset' },
  shortOffset: { timeZoneName: 'shortOffset' },
} satisfies Record<string, Intl.DateTimeFormatOptions>

type Style = keyof typeof styles

// Building a formatter is the costly part (it loads locale data); a list page formats
// hundreds of dates in a handful of locale, zone and style combinations.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, timeZone: string, style: Style): Intl.DateTimeFormat {
  const key = `${locale}\u0000${timeZone}\u0000${style}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(intl(locale), { ...styles[style], timeZone })
    formatters.set(key, found)
  }
  return found
}

type RangePart = Intl.DateTimeRangeFormatPart

/**
 * The words between the two ends of a range: "–" (en), " – " (fr), "至" (zh). That is the
 * literal just before the end's first field; ICU marks other literals "shared" too.
 */
function separator(parts: RangePart[]): string {
  const end = parts.findIndex((part) => part.source === 'endRange')
  let start = end
  while (start > 0 && parts[start - 1]?.source === 'shared' && parts[start - 1]?.type === 'literal')
    start -= 1
  // CLDR's fallback, for a range whose two ends read the same.
  if (start === end) return ' \u2013 '
  return parts
    .slice(start, end)
    .map((part) => part.value)
    .join('')
}

/** The characters a formatted date writes between its fields (spaces aside). */
const punctuation = (parts: Intl.DateTimeFormatPart[], between = '') =>
  new Set(
    parts
      .filter((part) => part.type === 'literal' && part.value !== between)
      .flatMap((part) => [...part.value.trim()]),
  )

/**
 * Two dates as one range ("Thursday 23 – Friday 24 September 2021"). The range is trusted
 * only if it spells its dates with the punctuation the single date uses: V8 takes the range
 * pattern from the locale's date pattern, and where that writes a long month with a numeric
 * field (zh "y年M月d日") the range comes out all numbers ("2021/9/23星期四至…"). Then the
 * two whole dates are joined with the range's own separator, or CLDR's fallback where that
 * separator carries the numeric pattern's punctuation with it (ja ")～").
 */
function dateRange(from: Date, to: Date, locale: string, timeZone: string): string {
  const dates = formatter(locale, timeZone, 'date')
  const parts = dates.formatRangeToParts(from, to)
  const between = separator(parts)
  const single = punctuation([...dates.formatToParts(from), ...dates.formatToParts(to)])
  const foreign = [...punctuation(parts, between)].filter((char) => !single.has(char))
  if (foreign.length === 0) return parts.map((part) => part.value).join('')
  const joiner = [...between].some((char) => foreign.includes(char)) ? ' \u2013 ' : between
  return `${dates.format(from)}${joiner}${dates.format(to)}`
}

/**
 * The zone's offset, e.g. "UTC−4". Where the locale writes offsets its own way (fr
 * "UTC−4", ar "غرينتش-4") that stands; CLDR's default "GMT" is written UTC, since GMT is
 * also a zone (London's winter time), with a true minus sign.
 */
function utcOffset(value: string): string {
  if (!value.startsWith('GMT')) return value
  return `UTC${value.slice(3).replace('-', '\u2212')}`
}

export type ZoneLabel = { name: string; offset: string }

/**
 * The zone as people say it, in the page's language, and its offset on that date:
 * { name: "Eastern Time", offset: "UTC−4" }. The generic name stays right across daylight
 * saving (the offset tells the two apart); zones with no generic name (UTC) take their
 * specific one, and zones with no name at all (Etc/GMT+3) are named by their offset.
 */
export function formatZone(iso: string, locale: string, timeZone: string): ZoneLabel {
  const date = new Date(iso)
  const value = (style: Style) =>
    formatter(locale, timeZone, style)
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? ''
  const offsets = [value('shortOffset'), value('longOffset')]
  const named = (name: string) => name !== '' && !offsets.includes(name)
  const offset = utcOffset(offsets[0] || 'GMT')
  const name = [value('longGeneric'), value('long')].find(named) ?? offset
  return { name, offset }
}

export type TimeRange = { start: string; end: string; timeZone: string }

export type FormattedRange = {
  /** One date, or a range of dates when the event runs over several days. */
  date: string
  /** "09:00–10:30"; over several days, the first day's start to the last day's end. */
  time: string
  zone: ZoneLabel
  startDate: string
  startTime: string
  endTime: string
}

/** An event's dates and times in the given zone, in the page's language. */
export function formatRange({ start, end, timeZone }: TimeRange, locale: string): FormattedRange {
  const from = new Date(start)
  const to = new Date(end)
  const dates = formatter(locale, timeZone, 'date')
  const times = formatter(locale, timeZone, 'time')
  const startDate = dates.format(from)
  const oneDay = startDate === dates.format(to)
  const startTime = times.format(from)
  const endTime = times.format(to)
  return {
    date: oneDay ? startDate : dateRange(from, to, locale, timeZone),
    // Over several days a time range would repeat the dates; the times alone are joined
    // with the locale's separator.
    time: oneDay
      ? times.formatRange(from, to)
      : `${startTime}${separator(times.formatRangeToParts(from, to))}${endTime}`,
    zone: formatZone(start, locale, timeZone),
    startDate,
    startTime,
    endTime,
  }
}

/** "Thursday, 23 September 2021", in the given zone. */
export function formatDate(iso: string, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, 'date').format(new Date(iso))
}

/** "23 Sept 2021", in the given zone. */
export function formatShortDate(iso: string, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, 'shortDate').format(new Date(iso))
}

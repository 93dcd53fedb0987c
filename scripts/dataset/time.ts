/** Date arithmetic for the generator: local office hours in a zone, turned into UTC instants. */
export const minute = 60_000
export const hour = 60 * minute
export const day = 24 * hour

const formatters = new Map<string, Intl.DateTimeFormat>()

function offsetMs(zone: string, instant: number): number {
  let format = formatters.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
    formatters.set(zone, format)
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]))
  const local = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  )
  return local - Math.floor(instant / minute) * minute
}

/** The UTC instant of `hh:mm` local time in `zone` on the UTC calendar day of `dayStart`. */
export function zonedTime(dayStart: number, hours: number, minutes: number, zone: string): number {
  const guess = dayStart + hours * hour + minutes * minute
  // Two passes settle the offset across a daylight-saving change.
  const first = guess - offsetMs(zone, guess)
  return guess - offsetMs(zone, first)
}

export const startOfUtcDay = (instant: number) => Math.floor(instant / day) * day
export const iso = (instant: number) => new Date(instant).toISOString()
export const isoDate = (instant: number) => iso(instant).slice(0, 10)

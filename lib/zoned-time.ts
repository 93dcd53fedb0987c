/**
 * An instant written as local time in a named zone with its offset, e.g.
 * 2021-09-23T09:00:00-04:00. schema.org and feeds want this form: it keeps the wall-clock
 * time of the event's own zone and stays an exact instant.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone)
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, found)
  }
  return found
}

function wallClock(date: Date, timeZone: string) {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  )
  const field = (name: string) => parts[name] ?? '00'
  return {
    date: `${field('year')}-${field('month')}-${field('day')}`,
    time: `${field('hour')}:${field('minute')}:${field('second')}`,
  }
}

/** Minutes the zone is ahead of UTC at that instant (negative west of Greenwich). */
export function offsetMinutes(instant: string | Date, timeZone: string): number {
  const date = new Date(instant)
  const local = wallClock(date, timeZone)
  const asUtc = Date.parse(`${local.date}T${local.time}Z`)
  const exact = Math.floor(date.getTime() / 1000) * 1000
  return Math.round((asUtc - exact) / 60_000)
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  const hours = String(Math.floor(abs / 60)).padStart(2, '0')
  return `${sign}${hours}:${String(abs % 60).padStart(2, '0')}`
}

export function zonedIso(instant: string | Date, timeZone: string): string {
  const date = new Date(instant)
  const local = wallClock(date, timeZone)
  return `${local.date}T${local.time}${formatOffset(offsetMinutes(date, timeZone))}`
}

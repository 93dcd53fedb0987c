import ical, { type VEvent } from 'node-ical'
import { beforeAll, describe, expect, it } from 'vitest'
import { calendarFile } from '@/lib/ics'
import type { EventDetail } from '@/lib/queries/events'
import { breaks, icsLines, injected } from '../fixtures/hostile-text'
import { inPersonVariant, seedEvent } from '../fixtures/seed-event'

const options = {
  locale: 'en' as const,
  siteUrl: 'https://events.example.org',
  calendarName: 'Test',
}

function events(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter(
    (component): component is VEvent => component?.type === 'VEVENT',
  )
}

let seed: EventDetail

beforeAll(async () => {
  seed = await seedEvent()
})

describe('calendarFile', () => {
  it('gives the seed event 13:00 to 14:30 UTC, its page URL and its recording', () => {
    const [event] = events(calendarFile([seed], options))
    expect(event?.start.toISOString()).toBe('2021-09-23T13:00:00.000Z')
    expect(event?.end?.toISOString()).toBe('2021-09-23T14:30:00.000Z')
    expect(event?.summary).toBe('From Open Software to Open Culture')
    expect(event?.url).toBe(
      'https://events.example.org/en/events/from-open-software-to-open-culture',
    )
    expect(event?.uid).toBe('event-from-open-software-to-open-culture@events.example.org')
    expect(event?.status).toBe('CONFIRMED')
    expect(event?.location).toBe('Online')
    expect(event?.description).toContain('Recording: https://webtv.un.org/')
    expect(event?.description).toContain('09:00–10:30 Eastern Time (UTC−4)')
  })

  it('writes instants in UTC (…Z) so every calendar places them right', () => {
    const text = calendarFile([seed], options)
    expect(text).toContain('DTSTART:20210923T130000Z')
    expect(text).toContain('DTEND:20210923T143000Z')
    expect(text).toMatch(/\r\n/)
  })

  it('is the same file on every call (DTSTAMP comes from the last edit)', () => {
    expect(calendarFile([seed], options)).toBe(calendarFile([seed], options))
    expect(calendarFile([seed], options)).toContain('DTSTAMP:20211005T093000Z')
  })

  it('marks a cancelled event CANCELLED and says so in its title, with venue and join link', () => {
    const [event] = events(calendarFile([inPersonVariant(seed)], options))
    expect(event?.status).toBe('CANCELLED')
    expect(event?.summary).toBe('Cancelled: From Open Software to Open Culture')
    expect(event?.location).toBe(
      'Conference Room 4, 405 East 42nd Street, New York, United States / https://meet.example.org/room',
    )
    expect(event?.description).toContain('Join online: https://meet.example.org/room')
  })

  it('holds many events and names the calendar', () => {
    const text = calendarFile([seed, inPersonVariant(seed)], options)
    expect(events(text)).toHaveLength(2)
    expect(text).toContain('X-WR-CALNAME:Test')
  })

  it('leaves out an event the validator rejects and keeps the rest', () => {
    const broken = { ...seed, _id: 'broken', start: 'not a date' }
    const text = calendarFile([broken, seed], options)
    expect(events(text).map((event) => event.uid)).toEqual([
      'event-from-open-software-to-open-culture@events.example.org',
    ])
  })

  it('writes an empty but valid calendar when there are no events', () => {
    const text = calendarFile([], options)
    expect(text).toContain('BEGIN:VCALENDAR')
    expect(events(text)).toHaveLength(0)
  })
})

describe('calendarFile with hostile editor text', () => {
  /** Every text field, and the join link, carrying CR, LF and CRLF property payloads. */
  const hostileEvent = (): EventDetail => ({
    ...inPersonVariant(seed),
    status: 'scheduled',
    title: `Title${breaks.cr('TITLE')}`,
    subtitle: `Subtitle${breaks.lf('SUBTITLE')}`,
    summary: `Summary${breaks.crlf('SUMMARY')}\u0000\u0007\u001B end`,
    venue: {
      name: `Room${breaks.cr('VENUE')}`,
      lang: {},
      address: `Street${breaks.lf('ADDRESS')}`,
      city: 'Geneva',
      country: undefined,
      mapUrl: undefined,
    },
    onlineUrl: `https://meet.example.org/room${breaks.cr('URL')}`,
    recording: { url: `https://webtv.un.org/x${breaks.crlf('RECORDING')}`, provider: undefined },
    organisers: [
      { _id: 'org-x', slug: 'org-x', name: `Org${breaks.cr('ORG')}`, acronym: undefined, lang: {} },
    ],
    topics: [{ _id: 'topic-x', slug: 'topic-x', title: `Topic${breaks.cr('TOPIC')}`, lang: {} }],
  })
  const calendarName = `Calendar${breaks.cr('CALNAME')}`

  it('writes no injected property line, and no CR or LF outside a line ending', () => {
    const text = calendarFile([hostileEvent()], { ...options, calendarName })
    expect(icsLines(text).filter((line) => /^X-INJECTED/i.test(line))).toEqual([])
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
  })

  it('keeps summary, description and location as text, with the link in its normalised form', () => {
    const text = calendarFile([hostileEvent()], { ...options, calendarName })
    const [event] = events(text)
    expect(event?.summary).toBe(`Title ${injected('TITLE')}`)
    expect(event?.location).toBe(
      `Room ${injected('VENUE')}, Street ${injected('ADDRESS')}, Geneva / https://meet.example.org/room${injected('URL')}`,
    )
    expect(event?.description).toContain(`Summary\n${injected('SUMMARY')} end`)
    expect(event?.description).toContain(
      `Join online: https://meet.example.org/room${injected('URL')}`,
    )
    expect(event?.description).toContain(
      `Recording: https://webtv.un.org/x${injected('RECORDING')}`,
    )
    expect(Object.keys(event ?? {}).filter((key) => /injected/i.test(key))).toEqual([])
    expect(text).toContain(`X-WR-CALNAME:Calendar ${injected('CALNAME')}`)
  })
})

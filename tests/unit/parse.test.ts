import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { parseList, parseOne } from '@/lib/content/parse'
import { eventCard } from '@/lib/queries/events'

/** A document that fails its schema is logged with its id and left out; the rest survives. */
const card = (id: string, start: string) => ({
  _id: id,
  slug: id,
  title: `Event ${id}`,
  status: 'scheduled',
  start,
  end: '2021-09-23T14:30:00.000Z',
  timeZone: 'America/New_York',
  attendanceMode: 'online',
  organisers: [],
  hasRecording: false,
})

let warn: MockInstance<(...args: unknown[]) => void>
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => warn.mockRestore())

const logged = () => warn.mock.calls.map((call) => String(call[0]))

describe('parseList', () => {
  it('keeps valid documents and drops the broken one, naming its id and the field', () => {
    const events = parseList(
      eventCard,
      [
        card('good-1', '2021-09-23T13:00:00.000Z'),
        card('event-broken', 'not a date'),
        card('good-2', '2021-09-24T13:00:00.000Z'),
      ],
      'event',
    )
    expect(events.map((e) => e._id)).toEqual(['good-1', 'good-2'])
    expect(logged()).toHaveLength(1)
    expect(logged()[0]).toContain('event event-broken failed its schema and was skipped')
    expect(logged()[0]).toContain('start')
  })

  it('says "unknown id" for an item without one', () => {
    expect(parseList(eventCard, [{ title: 'no id' }], 'event')).toEqual([])
    expect(logged()[0]).toContain('unknown id')
  })

  it('treats a missing result as an empty list without noise, and a non-list as a logged empty list', () => {
    expect(parseList(eventCard, null, 'event')).toEqual([])
    expect(logged()).toEqual([])
    expect(parseList(eventCard, { _id: 'x' }, 'event')).toEqual([])
    expect(logged()[0]).toContain('expected a list')
  })
})

describe('parseOne', () => {
  it('returns the parsed document', () => {
    expect(parseOne(eventCard, card('good', '2021-09-23T13:00:00.000Z'), 'event')?._id).toBe('good')
    expect(logged()).toEqual([])
  })

  it('returns null for a broken document and logs its id', () => {
    expect(parseOne(eventCard, card('event-broken', 'not a date'), 'event')).toBeNull()
    expect(logged()[0]).toContain('event event-broken failed its schema')
  })

  it('returns null for nothing found, silently', () => {
    expect(parseOne(eventCard, null, 'event')).toBeNull()
    expect(logged()).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { offsetMinutes, zonedIso } from '@/lib/zoned-time'

describe('zonedIso', () => {
  it('writes New York summer time with its -04:00 offset', () => {
    expect(zonedIso('2021-09-23T13:00:00.000Z', 'America/New_York')).toBe(
      '2021-09-23T09:00:00-04:00',
    )
  })

  it('follows the zone across daylight saving: New York in winter is -05:00', () => {
    expect(zonedIso('2021-12-01T14:00:00Z', 'America/New_York')).toBe('2021-12-01T09:00:00-05:00')
  })

  it('handles half- and quarter-hour offsets and dates that change day', () => {
    expect(zonedIso('2021-09-23T20:00:00Z', 'Asia/Kolkata')).toBe('2021-09-24T01:30:00+05:30')
    expect(zonedIso('2021-09-23T13:00:00Z', 'Asia/Kathmandu')).toBe('2021-09-23T18:45:00+05:45')
    expect(zonedIso('2021-09-23T13:00:00Z', 'UTC')).toBe('2021-09-23T13:00:00+00:00')
  })

  it('round-trips: the written time parses back to the same instant', () => {
    const instant = '2022-03-27T00:59:59.000Z'
    for (const zone of ['Europe/Zurich', 'Pacific/Auckland', 'America/Los_Angeles']) {
      expect(Date.parse(zonedIso(instant, zone))).toBe(Date.parse(instant))
    }
  })

  it('reports the offset in minutes', () => {
    expect(offsetMinutes('2021-09-23T13:00:00Z', 'America/New_York')).toBe(-240)
    expect(offsetMinutes('2021-09-23T13:00:00Z', 'Europe/Zurich')).toBe(120)
  })
})

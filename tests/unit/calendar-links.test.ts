import { describe, expect, it } from 'vitest'
import { googleCalendarUrl, outlookCalendarUrl } from '@/lib/calendar-links'

const input = {
  title: 'From Open Software to Open Culture',
  start: '2021-09-23T13:00:00.000Z',
  end: '2021-09-23T14:30:00.000Z',
  timeZone: 'America/New_York',
  details: 'A side event & more',
  location: 'Online',
}

describe('calendar links', () => {
  it('gives Google the UTC span and the event zone', () => {
    const url = new URL(googleCalendarUrl(input))
    expect(url.origin).toBe('https://calendar.google.com')
    expect(url.searchParams.get('action')).toBe('TEMPLATE')
    expect(url.searchParams.get('dates')).toBe('20210923T130000Z/20210923T143000Z')
    expect(url.searchParams.get('ctz')).toBe('America/New_York')
    expect(url.searchParams.get('details')).toBe('A side event & more')
  })

  it('gives Outlook ISO instants, on the personal or the work host', () => {
    const personal = new URL(outlookCalendarUrl(input))
    expect(personal.host).toBe('outlook.live.com')
    expect(personal.searchParams.get('startdt')).toBe('2021-09-23T13:00:00Z')
    expect(personal.searchParams.get('enddt')).toBe('2021-09-23T14:30:00Z')
    expect(personal.searchParams.get('subject')).toBe(input.title)
    expect(new URL(outlookCalendarUrl(input, 'outlook.office.com')).host).toBe('outlook.office.com')
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import type { EventDetail } from '@/lib/queries/events'
import { eventJsonLd, serializeJsonLd } from '@/lib/seo/json-ld'
import { inPersonVariant, seedEvent } from '../fixtures/seed-event'

const site = 'https://events.example.org'
let seed: EventDetail

beforeAll(async () => {
  seed = await seedEvent()
})

describe('eventJsonLd', () => {
  it('describes the seed event with offsets in New York time', () => {
    const data = eventJsonLd(seed, 'en', site)
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'From Open Software to Open Culture',
      url: `${site}/en/events/from-open-software-to-open-culture`,
      startDate: '2021-09-23T09:00:00-04:00',
      endDate: '2021-09-23T10:30:00-04:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation' },
      superEvent: { '@type': 'EventSeries', name: 'UNGA 76 High-Level Week' },
    })
  })

  it('names the three organisers and the nine people with their affiliation at the time', () => {
    const data = eventJsonLd(seed, 'en', site)
    const organizers = Array.isArray(data.organizer) ? data.organizer : []
    const performers = Array.isArray(data.performer) ? data.performer : []
    expect(organizers).toHaveLength(3)
    expect(organizers[0]).toMatchObject({ '@type': 'Organization', alternateName: 'OICT' })
    expect(performers).toHaveLength(9)
    expect(performers).toContainEqual(
      expect.objectContaining({
        '@type': 'Person',
        name: 'Salem Avan',
        affiliation: expect.objectContaining({ '@type': 'Organization' }),
      }),
    )
  })

  it('gives a hybrid event both a Place with its address and a VirtualLocation', () => {
    const data = eventJsonLd(inPersonVariant(seed), 'en', site)
    expect(data.eventStatus).toBe('https://schema.org/EventCancelled')
    expect(data.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
    expect(data.location).toEqual([
      {
        '@type': 'Place',
        name: 'Conference Room 4',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '405 East 42nd Street',
          addressLocality: 'New York',
          addressCountry: 'United States',
        },
        hasMap: 'https://maps.example.org/un',
      },
      { '@type': 'VirtualLocation', url: 'https://meet.example.org/room' },
    ])
  })

  it('carries the previous start of a rescheduled event', () => {
    const moved = { ...seed, status: 'rescheduled' as const, previousStart: '2021-09-21T13:00:00Z' }
    expect(eventJsonLd(moved, 'en', site)).toMatchObject({
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: '2021-09-21T09:00:00-04:00',
    })
  })
})

describe('serializeJsonLd', () => {
  it('cannot close the script element it sits in', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' })
    expect(text).not.toContain('</script>')
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' })
  })
})

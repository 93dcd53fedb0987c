import { describe, expect, it } from 'vitest'
import { eventPreview, personPreview } from '@/sanity/schemaTypes/previews'

describe('list previews', () => {
  it('shows an event with its date in its own time zone and its status', () => {
    expect(
      eventPreview({
        title: 'From Open Software to Open Culture',
        start: '2021-09-23T13:00:00.000Z',
        timeZone: 'America/New_York',
        status: 'postponed',
      }),
    ).toEqual({
      title: 'From Open Software to Open Culture',
      subtitle: '23 Sept 2021, 09:00 New York · Postponed',
      media: undefined,
    })
  })

  it('says what is missing instead of showing nothing', () => {
    expect(eventPreview({})).toMatchObject({
      title: 'Untitled event',
      subtitle: 'No date yet · No status',
    })
    expect(eventPreview({ start: '2030-01-01T10:00:00Z', timeZone: 'Mars/Base' }).subtitle).toBe(
      '1 Jan 2030, 10:00 UTC · No status',
    )
  })

  it('shows a person with their organisation, by acronym when it has one', () => {
    expect(
      personPreview({ name: 'Salem Avan', organisation: 'Office of ICT', acronym: 'OICT' }),
    ).toMatchObject({
      title: 'Salem Avan',
      subtitle: 'OICT',
    })
    expect(
      personPreview({ name: 'Lucy Harris', organisation: 'Digital Public Goods Alliance' }),
    ).toMatchObject({
      subtitle: 'Digital Public Goods Alliance',
    })
    expect(personPreview({ name: 'Ada' })).toMatchObject({ subtitle: 'No organisation' })
  })
})

// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { slugify } from '@/sanity/schemaTypes/rules'
import { openStudio, type TestStudio } from '../../fixtures/studio'
import { referenced, validEvent, validPerson } from '../../fixtures/studio-documents'

/**
 * Every custom rule, run by Sanity's own document validation against the real schema:
 * a valid document has no problems, and each broken one has exactly the problem an editor
 * should read, on the field they need to fix.
 */
let studio: TestStudio

beforeAll(async () => {
  studio = await openStudio([
    ...referenced,
    { _id: 'event-taken', _type: 'event', slug: { current: 'taken-address' } },
    { _id: 'person-taken', _type: 'person', slug: { current: 'shared-address' } },
    { _id: 'event-open-source-week', _type: 'event', slug: { current: 'open-source-week-2030' } },
  ])
})
afterAll(() => studio.close())

const event = (changes: Record<string, unknown>) => ({ ...validEvent, ...changes })

describe('events', () => {
  it('a complete event has no problems', async () => {
    expect(await studio.problems(validEvent)).toEqual([])
  })

  it.each([
    ['title', { title: { en: ' ' } }, 'The title is required in English.'],
    [
      'slug',
      { slug: undefined },
      'The event needs a web address (slug). Use "Generate" to make one from the title.',
    ],
    [
      'slug',
      { slug: { _type: 'slug', current: 'Open Source Week!' } },
      'A web address (slug) can only use lowercase letters a–z, numbers and single hyphens, e.g. "open-source-week-2025".',
    ],
    [
      'slug',
      { slug: { _type: 'slug', current: 'taken-address' } },
      'Another event already uses this web address. Change it, for example by adding the year.',
    ],
    ['start', { start: undefined }, 'The event needs a start date and time.'],
    ['end', { end: undefined }, 'The event needs an end date and time.'],
    ['end', { end: '2030-03-10T13:00:00.000Z' }, 'The end must be after the start.'],
    ['end', { end: '2030-03-10T14:00:00.000Z' }, 'The end must be after the start.'],
    ['timeZone', { timeZone: undefined }, 'Enter the time zone the event is organised in.'],
    [
      'timeZone',
      { timeZone: 'Mars/Olympus_Mons' },
      'Use a time zone name such as "America/New_York" or "Europe/Zurich" (IANA time zone).',
    ],
    [
      'timeZone',
      { timeZone: 'EST' },
      'Use a time zone name such as "America/New_York" or "Europe/Zurich" (IANA time zone).',
    ],
    ['timeZone', { timeZone: 'america/new_york' }, 'Write the time zone as "America/New_York".'],
    ['timeZone', { timeZone: 'New York' }, 'Use the full time zone name, e.g. "America/New_York".'],
    [
      'onlineUrl',
      { onlineUrl: undefined },
      'Online and hybrid events need an online link (the stream or meeting address).',
    ],
    [
      'onlineUrl',
      { onlineUrl: 'mailto:events@example.org' },
      'Enter a web address that starts with https:// or http://.',
    ],
    [
      'onlineUrl',
      { onlineUrl: 'javascript:alert(1)' },
      'Enter a web address that starts with https:// or http://.',
    ],
    ['venue', { venue: undefined }, 'In-person and hybrid events need a venue name.'],
    [
      'venue',
      { venue: { _type: 'venue', city: 'Geneva' } },
      'In-person and hybrid events need a venue name.',
    ],
    [
      'venue',
      { venue: { _type: 'venue', name: { _type: 'localeString', fr: 'Palais des Nations' } } },
      'The venue name is required in English.',
    ],
    [
      'previousStart',
      { status: 'rescheduled' },
      'A rescheduled event needs the date it was first planned for.',
    ],
    [
      'image.alt',
      { image: { ...validEvent.image, alt: undefined } },
      'Alternative text is required in English.',
    ],
    [
      'image.alt',
      { image: { ...validEvent.image, alt: { _type: 'localeString', fr: 'Une scène' } } },
      'Alternative text is required in English.',
    ],
    [
      'appearances.{"_key":"a1"}.role',
      { appearances: [{ ...validEvent.appearances[0], role: undefined }] },
      'Every appearance needs a role.',
    ],
    [
      'appearances.{"_key":"a1"}.person',
      { appearances: [{ ...validEvent.appearances[0], person: undefined }] },
      'Choose the person.',
    ],
    [
      'programme.{"_key":"p1"}',
      { programme: [{ ...validEvent.programme[0], start: '2030-03-10T13:30:00.000Z' }] },
      'Programme items must take place between the event’s start and end.',
    ],
    [
      'programme.{"_key":"p1"}',
      { programme: [{ ...validEvent.programme[0], end: '2030-03-10T16:30:00.000Z' }] },
      'Programme items must take place between the event’s start and end.',
    ],
    [
      'programme.{"_key":"p1"}.end',
      { programme: [{ ...validEvent.programme[0], end: '2030-03-10T14:00:00.000Z' }] },
      'The end must be after the start.',
    ],
    [
      'resources.{"_key":"r1"}.url',
      { resources: [{ ...validEvent.resources[0], url: 'javascript:alert(1)' }] },
      'Links must start with https://, http:// or mailto:.',
    ],
    [
      'resources.{"_key":"r1"}.url',
      { resources: [{ ...validEvent.resources[0], url: 'www.example.org' }] },
      'Links must start with https://, http:// or mailto:.',
    ],
    [
      'resources.{"_key":"r1"}.url',
      { resources: [{ ...validEvent.resources[0], url: undefined }] },
      'Enter the address the link goes to.',
    ],
    [
      'body.en.{"_key":"b1"}.markDefs.{"_key":"m1"}.href',
      {
        body: {
          en: [
            {
              ...validEvent.body.en[0],
              markDefs: [
                { _key: 'm1', _type: 'link', href: 'data:text/html,<script>alert(1)</script>' },
              ],
            },
          ],
        },
      },
      'Links must start with https://, http:// or mailto:.',
    ],
    [
      'recording.url',
      { recording: { _type: 'recording', url: 'ftp://example.org/recording.mp4' } },
      'Enter a web address that starts with https:// or http://.',
    ],
  ])('%s: %s', async (path, changes, message) => {
    expect(await studio.problems(event(changes))).toEqual([{ level: 'error', path, message }])
  })

  it('a past online event may show its recording instead of a link, but needs one of them', async () => {
    const past = {
      start: '2021-09-23T13:00:00.000Z',
      end: '2021-09-23T14:30:00.000Z',
      programme: [],
    }
    const recording = { _type: 'recording', url: 'https://webtv.un.org/en/asset/k1x' }
    expect(
      await studio.problems(
        event({ ...past, attendanceMode: 'online', onlineUrl: undefined, recording }),
      ),
    ).toEqual([])
    expect(
      await studio.problems(event({ ...past, attendanceMode: 'online', onlineUrl: undefined })),
    ).toEqual([
      {
        level: 'error',
        path: 'onlineUrl',
        message:
          'Online and hybrid events need an online link, or a recording now that the event is over.',
      },
    ])
  })

  it('an upcoming online event needs its link even when a recording is set', async () => {
    const recording = { _type: 'recording', url: 'https://webtv.un.org/en/asset/k1x' }
    const problems = await studio.problems(
      event({ attendanceMode: 'online', onlineUrl: undefined, recording }),
    )
    expect(problems.map((p) => p.path)).toEqual(['onlineUrl'])
  })

  it('in-person events need no link, online events no venue, cancelled events neither', async () => {
    expect(
      await studio.problems(event({ attendanceMode: 'inPerson', onlineUrl: undefined })),
    ).toEqual([])
    expect(await studio.problems(event({ attendanceMode: 'online', venue: undefined }))).toEqual([])
    expect(
      await studio.problems(
        event({
          status: 'cancelled',
          attendanceMode: 'hybrid',
          venue: undefined,
          onlineUrl: undefined,
        }),
      ),
    ).toEqual([])
  })

  it('an event moved online needs an online link', async () => {
    const problems = await studio.problems(
      event({ status: 'movedOnline', attendanceMode: 'inPerson', onlineUrl: undefined }),
    )
    expect(problems.map((p) => p.path)).toEqual(['onlineUrl'])
  })

  it('a rescheduled event with its original date is fine', async () => {
    expect(
      await studio.problems(
        event({ status: 'rescheduled', previousStart: '2030-02-10T14:00:00.000Z' }),
      ),
    ).toEqual([])
  })

  it('a slug is unique per type: the published version of the same event and other types do not count', async () => {
    expect(await studio.problems(event({ slug: { current: 'shared-address' } }))).toEqual([])
    expect(await studio.problems(event({ slug: { current: 'open-source-week-2030' } }))).toEqual([])
  })
})

describe('people, organisations and the rest', () => {
  it('a complete person has no problems', async () => {
    expect(await studio.problems(validPerson)).toEqual([])
  })

  it.each([
    ['name', { name: undefined }, 'The person needs a name.'],
    [
      'slug',
      { slug: { current: 'taken-address' } },
      // the event with that address is another type: only a person would clash
      null,
    ],
    [
      'slug',
      { slug: { current: 'shared-address' } },
      'Another person already uses this web address. Change it, for example by adding the year.',
    ],
    [
      'image.alt',
      {
        image: {
          _type: 'accessibleImage',
          asset: { _type: 'reference', _ref: referenced[2]?._id },
        },
      },
      'Alternative text is required in English.',
    ],
    [
      'links.{"_key":"l1"}.url',
      { links: [{ ...validPerson.links[0], url: 'javascript:void(0)' }] },
      'Links must start with https://, http:// or mailto:.',
    ],
  ])('person %s: %j', async (path, changes, message) => {
    const expected = message ? [{ level: 'error', path, message }] : []
    expect(await studio.problems({ ...validPerson, ...changes })).toEqual(expected)
  })

  it('an organisation needs an English name and a web website address', async () => {
    const organisation = {
      _id: 'drafts.org-new',
      _type: 'organisation',
      name: { en: 'New Org' },
      slug: { current: 'new-org' },
      website: 'https://example.org',
    }
    expect(await studio.problems(organisation)).toEqual([])
    expect(
      await studio.problems({
        ...organisation,
        name: { fr: 'Nouvelle' },
        website: 'ftp://example.org',
      }),
    ).toEqual([
      { level: 'error', path: 'name', message: 'The name is required in English.' },
      {
        level: 'error',
        path: 'website',
        message: 'Enter a web address that starts with https:// or http://.',
      },
    ])
    expect(
      await studio.problems({
        ...organisation,
        _id: 'drafts.org-self',
        parent: { _type: 'reference', _ref: 'org-self' },
      }),
    ).toEqual([
      { level: 'error', path: 'parent', message: 'An organisation cannot be part of itself.' },
    ])
  })

  it('an event series checks its time zone and its dates', async () => {
    const series = {
      _id: 'drafts.series-x',
      _type: 'eventSeries',
      title: { en: 'Series' },
      slug: { current: 'series-x' },
      timeZone: 'Europe/Zurich',
      startDate: '2030-01-10',
      endDate: '2030-01-12',
    }
    expect(await studio.problems(series)).toEqual([])
    expect(await studio.problems({ ...series, timeZone: 'Geneva', endDate: '2030-01-09' })).toEqual(
      [
        {
          level: 'error',
          path: 'endDate',
          message: 'The last day must not be before the first day.',
        },
        {
          level: 'error',
          path: 'timeZone',
          message:
            'Use a time zone name such as "America/New_York" or "Europe/Zurich" (IANA time zone).',
        },
      ],
    )
  })

  it.each(['topic', 'initiative', 'eventSeries'])(
    'a %s needs a title and a web address',
    async (type) => {
      const problems = await studio.problems({
        _id: `drafts.${type}-x`,
        _type: type,
        status: 'active',
      })
      expect(problems.map((p) => [p.path, p.message])).toEqual(
        expect.arrayContaining([
          ['title', 'The title is required in English.'],
          ['slug', expect.stringMatching(/needs a web address \(slug\)/)],
        ]),
      )
    },
  )
})

describe('slugs', () => {
  const slugTypes = ['event', 'eventSeries', 'person', 'organisation', 'initiative', 'topic']
  const unservable = ['café-2027', 'open source', "o'neil", '"quoted"', '../../studio', 'a/b']
  const patternMessage =
    'A web address (slug) can only use lowercase letters a–z, numbers and single hyphens, e.g. "open-source-week-2025".'

  it('every document type with a slug field is one of the types checked here', () => {
    const withSlug = studio.workspace.schema
      .getTypeNames()
      .map((name) => studio.workspace.schema.get(name))
      .filter((type) => type && 'fields' in type && type.fields.some((f) => f.type.name === 'slug'))
      .map((type) => type?.name)
    expect(withSlug.sort()).toEqual([...slugTypes].sort())
  })

  it.each(slugTypes)('a %s generates its slug with the shared slugify', (type) => {
    const schemaType = studio.workspace.schema.get(type)
    const field =
      schemaType && 'fields' in schemaType && schemaType.fields.find((f) => f.name === 'slug')
    expect(field && field.type.options?.slugify).toBe(slugify)
    expect(field && field.type.options?.maxLength).toBe(96)
  })

  it.each(slugTypes.flatMap((type) => unservable.map((slug) => [type, slug])))(
    'a %s may not have the slug %j',
    async (type, slug) => {
      const problems = await studio.problems({
        _id: `drafts.${type}-slug-check`,
        _type: type,
        slug: { _type: 'slug', current: slug },
      })
      expect(problems.filter((problem) => problem.path === 'slug')).toEqual([
        { level: 'error', path: 'slug', message: patternMessage },
      ])
    },
  )
})

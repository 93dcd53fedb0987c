// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { parseDataset, queryLocal } from '@/lib/content/local'
import { parseList, parseOne } from '@/lib/content/parse'
import { eventDetail, eventQuery, pastEventsQuery, upcomingEventsQuery } from '@/lib/queries/events'
import { eventCard } from '@/lib/queries/schemas'
import { exportDataset } from '@/scripts/dataset/export'
import { readField } from '@/sanity/schemaTypes/rules'
import { openStudio, type TestStudio } from '@/tests/fixtures/studio'

const now = Date.UTC(2026, 0, 15)
const options = { events: 120, seed: 'unit', now }
const exported = exportDataset(options)
const dataset = parseDataset('/virtual', exported.ndjson, exported.assets)
const published = dataset.documents.filter((d) => !d._id.startsWith('drafts.'))
const events = published.filter((d) => d._type === 'event')

const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : -1)

describe('synthetic dataset generator', () => {
  it('gives the same bytes for the same seed and different ones for another seed', () => {
    expect(exportDataset(options).ndjson).toBe(exported.ndjson)
    expect(exportDataset({ ...options, seed: 'other' }).ndjson).not.toBe(exported.ndjson)
  })

  it('can put the bundled seed in front, keeping its own site settings', () => {
    const withSeed = exportDataset({ ...options, withSeed: path.resolve('sanity/seed') })
    const seed = readFileSync('sanity/seed/data.ndjson', 'utf8').trim()
    expect(withSeed.ndjson.startsWith(seed)).toBe(true)
    expect(withSeed.ndjson.match(/"_type":\s*"siteSettings"/g)).toHaveLength(1)
    expect(withSeed.ndjson.endsWith(exported.ndjson.split('\n').slice(1).join('\n'))).toBe(true)
  })

  it('marks every document as synthetic by id and by name or title', () => {
    for (const doc of dataset.documents) {
      const id = doc._id.replace(/^drafts\./, '')
      if (doc._type === 'siteSettings') continue
      expect(id).toMatch(/^synthetic-/)
      expect(JSON.stringify(doc.name ?? doc.title)).toContain('Synthetic')
    }
  })

  it('spreads events around now, across zones, modes and statuses', () => {
    const past = events.filter((e) => Date.parse(String(e.end)) < now).length / events.length
    expect(past).toBeGreaterThan(0.6)
    expect(past).toBeLessThan(0.8)
    const values = (field: string) => new Set(events.map((e) => e[field]))
    expect(values('timeZone').size).toBeGreaterThanOrEqual(5)
    expect(values('attendanceMode')).toEqual(new Set(['inPerson', 'online', 'hybrid']))
    expect(values('status')).toContain('cancelled')
    expect(events.some((e) => e.status === 'rescheduled' && e.previousStart)).toBe(true)
    expect(events.some((e) => e.recording)).toBe(true)
    expect(events.some((e) => Array.isArray(e.programme))).toBe(true)
  })

  it('writes a dataset whose references all resolve and whose slugs are unique per type', () => {
    const ids = new Set(dataset.documents.map((d) => d._id))
    const refs = [...exported.ndjson.matchAll(/"_ref":"([^"]+)"/g)].map((m) => m[1])
    expect(refs.length).toBeGreaterThan(events.length)
    expect(refs.filter((ref) => !ids.has(ref ?? ''))).toEqual([])
    const slugs = published.map((d) => `${d._type}:${JSON.stringify(d.slug)}`)
    expect(new Set(slugs).size).toBe(slugs.length)
  })
})

describe('synthetic documents pass the Studio validation', () => {
  let studio: TestStudio
  beforeAll(async () => {
    studio = await openStudio(dataset.documents)
  })
  afterAll(() => studio.close())

  const errorsOf = async (doc: Record<string, unknown>) =>
    (await studio.problems(doc))
      .filter((problem) => problem.level === 'error')
      .map((problem) => `${String(doc._id)} ${problem.path}: ${problem.message}`)

  it('has no validation errors in any document', async () => {
    const errors: string[] = []
    for (const doc of dataset.documents) errors.push(...(await errorsOf(doc)))
    expect(errors).toEqual([])
  })

  it('would catch a broken event: end before start, a role missing, a slug taken', async () => {
    const [first, second] = events
    if (!first || !second) throw new Error('expected events')
    const broken = {
      ...second,
      slug: first.slug,
      end: first.start,
      start: first.end,
      appearances: [
        {
          _type: 'appearance',
          _key: 'x',
          person: { _type: 'reference', _ref: 'synthetic-person-1' },
        },
      ],
    }
    const errors = (await errorsOf(broken)).join('\n')
    // The schema's rules carry one message each, so the path says which check failed.
    expect(errors).toContain('synthetic-event-2 end: ')
    expect(errors).toContain('synthetic-event-2 slug: ')
    expect(errors).toContain('appearances.{"_key":"x"}.role: Every appearance needs a role.')
  })
})

describe('synthetic documents pass the site query schemas', () => {
  it('every event page parses in full, nothing skipped or replaced by a fallback', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      for (const event of events) {
        const slug = readField(event.slug, 'current')
        const raw = await queryLocal(
          eventQuery,
          { locale: 'en', slug },
          { dataset, now: new Date(now) },
        )
        const parsed = parseOne(eventDetail, raw, 'event')
        expect(parsed).not.toBeNull()
        expect(parsed?.status).toBe(event.status)
        expect(parsed?.timeZone).toBe(event.timeZone)
        expect(parsed?.attendanceMode).toBe(event.attendanceMode)
        expect(parsed?.appearances).toHaveLength(lengthOf(event.appearances))
        expect(parsed?.appearances.every((a) => a.affiliation)).toBe(true)
        expect(parsed?.series === null).toBe(event.series === undefined)
        expect(parsed?.recording === null).toBe(event.recording === undefined)
        expect(parsed?.previousStart ?? undefined).toBe(event.previousStart)
      }
      for (const query of [upcomingEventsQuery, pastEventsQuery]) {
        const raw = await queryLocal(
          query,
          { locale: 'en', limit: 1000 },
          { dataset, now: new Date(now) },
        )
        expect(parseList(eventCard, raw, 'event')).toHaveLength(lengthOf(raw))
      }
      expect(warn).not.toHaveBeenCalled()
    } finally {
      warn.mockRestore()
    }
  })
})

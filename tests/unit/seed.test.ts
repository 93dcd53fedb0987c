// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseDataset } from '@/lib/content/local'
import { arrayKeyProblems, danglingReferences } from '../fixtures/document-checks'
import { openStudio, type TestStudio } from '../fixtures/studio'

/**
 * The bundled dataset is what `npm run content:import` sends to a new project and what the
 * Studio opens: staff must be able to open and publish every document in it, published or
 * draft, without a validation problem.
 */
const seedDir = path.resolve('sanity/seed')
// Image fields come back as asset references, as `sanity dataset import` would make them.
const seed = parseDataset(
  seedDir,
  readFileSync(path.join(seedDir, 'data.ndjson'), 'utf8'),
  readFileSync(path.join(seedDir, 'assets.json'), 'utf8'),
)
const ids = new Set(seed.documents.map((doc) => doc._id))
const documents = seed.documents.filter((doc) => !doc._type.startsWith('sanity.'))

/** The system fields every exported document carries. */
const storedDocument = z.looseObject({
  _id: z.string().min(1),
  _type: z.string().min(1),
  _rev: z.string(),
  _createdAt: z.string(),
  _updatedAt: z.string(),
})

let studio: TestStudio
beforeAll(async () => {
  studio = await openStudio(seed.documents)
})
afterAll(() => studio.close())

describe('the bundled dataset', () => {
  it('has a schema that compiles without errors', () => {
    const { schema } = studio.workspace
    const problems = (schema._validation ?? []).flatMap((group) =>
      group.problems.filter((problem) => problem.severity === 'error'),
    )
    expect(problems).toEqual([])
    expect(schema.has('event')).toBe(true)
  })

  it('holds published documents and drafts', () => {
    expect(documents.filter((doc) => doc._id.startsWith('drafts.')).length).toBeGreaterThan(1)
    expect(documents.length).toBeGreaterThan(30)
  })

  it('has documents of every edited type', () => {
    const types = new Set(documents.map((doc) => doc._type))
    expect([...types].sort()).toEqual(
      [
        'event',
        'eventSeries',
        'initiative',
        'organisation',
        'person',
        'siteSettings',
        'topic',
      ].sort(),
    )
  })

  it('carries the system fields of an export on every document', () => {
    const missing = documents.filter((doc) => !storedDocument.safeParse(doc).success)
    expect(missing.map((doc) => doc._id)).toEqual([])
  })

  it.each(documents.map((doc) => [doc._id, doc] as const))(
    '%s passes the Studio’s validation',
    async (_id, doc) => {
      expect(await studio.problems(doc)).toEqual([])
    },
  )

  it('has no reference to a missing document', () => {
    const dangling = documents.flatMap((doc) =>
      danglingReferences(doc, ids).map((found) => ({ id: doc._id, ...found })),
    )
    expect(dangling).toEqual([])
  })

  it('has a unique _key on every object in every array', () => {
    expect(documents.flatMap((doc) => arrayKeyProblems(doc).map((p) => `${doc._id} ${p}`))).toEqual(
      [],
    )
  })
})

describe('the seed checks catch a broken document', () => {
  const original = documents.find((doc) => doc._id === 'event-from-open-software-to-open-culture')
  if (!original) throw new Error('the seed event is missing')
  const appearances = Array.isArray(original.appearances) ? original.appearances : []
  const broken = {
    ...structuredClone(original),
    _id: 'event-broken-copy',
    title: { _type: 'localeString' },
    end: '2021-09-23T12:00:00.000Z',
    timeZone: 'Europe/Geneva',
    appearances: [
      ...appearances,
      {
        _type: 'appearance',
        _key: 'dangling',
        role: 'panelist',
        person: { _type: 'reference', _ref: 'person-nobody' },
      },
    ],
  }

  it('reports each broken field at its path', async () => {
    const problems = await studio.problems(broken)
    const paths = problems.filter((problem) => problem.level === 'error').map((p) => p.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'title',
        'end',
        'timeZone',
        // The slug is taken by the original event: uniqueness is checked through the client.
        'slug',
        'appearances.{"_key":"dangling"}.person',
      ]),
    )
  })

  it('reports the dangling reference and a missing array key', () => {
    expect(danglingReferences(broken, ids)).toEqual([
      { path: 'appearances.9.person', ref: 'person-nobody' },
    ])
    const keyless = { ...broken, topics: [{ _type: 'reference', _ref: 'topic-open-source' }] }
    expect(arrayKeyProblems(keyless)).toEqual(['topics.0: missing _key'])
  })
})

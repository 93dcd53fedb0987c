import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDataset } from '@/lib/content/dataset'
import { startContentLake, type ContentLake } from '../fixtures/content-lake'
import { arrayKeyProblems, danglingReferences } from '../fixtures/document-checks'
import {
  createValidator,
  errorsOf,
  schema,
  storedDocument,
  type StoredDocument,
  type Validator,
} from '../fixtures/studio-validation'

/**
 * The bundled dataset is what a new project imports and what the Studio opens: every document,
 * published or draft, must pass the Studio's own validation.
 */
const seedDir = path.resolve('sanity/seed')
const token = 'seed-validation-token'
// Image fields come back as asset references, as `sanity dataset import` would make them.
const loaded = parseDataset(
  seedDir,
  readFileSync(path.join(seedDir, 'data.ndjson'), 'utf8'),
  readFileSync(path.join(seedDir, 'assets.json'), 'utf8'),
)
const ids = new Set(loaded.documents.map((doc) => doc._id))
const documents: StoredDocument[] = loaded.documents
  .filter((doc) => !doc._type.startsWith('sanity.'))
  .map((doc) => storedDocument.parse(doc))

let lake: ContentLake
let validate: Validator

beforeAll(async () => {
  lake = await startContentLake({ dir: seedDir, token })
  validate = createValidator({ knownIds: ids, apiHost: lake.url, token })
})
afterAll(() => lake.close())

describe('the bundled dataset', () => {
  it('has a schema that compiles without errors', () => {
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

  it.each(documents.map((doc) => [doc._id, doc] as const))(
    '%s passes the Studio’s validation',
    async (_id, doc) => {
      expect(errorsOf(await validate(doc))).toEqual([])
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
  const broken: StoredDocument = {
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
    const errors = errorsOf(await validate(broken))
    const paths = errors.map((error) => JSON.stringify(error.path))
    expect(paths).toEqual(
      expect.arrayContaining([
        '["title"]',
        '["end"]',
        '["timeZone"]',
        // The slug is taken by the original event: uniqueness is checked through the client.
        '["slug"]',
        '["appearances",{"_key":"dangling"},"person"]',
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

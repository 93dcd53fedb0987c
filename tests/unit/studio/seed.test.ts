// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDataset } from '@/lib/content/dataset'
import { openStudio, type TestStudio } from './harness'

/**
 * The bundled dataset is what `npm run content:import` sends to a new project: staff must
 * be able to open and publish every document in it without a validation error.
 */
const dir = path.resolve('sanity/seed')
const seed = parseDataset(
  dir,
  readFileSync(path.join(dir, 'data.ndjson'), 'utf8'),
  readFileSync(path.join(dir, 'assets.json'), 'utf8'),
)
const editable = seed.documents.filter((doc) => !doc._type.startsWith('sanity.'))

let studio: TestStudio
beforeAll(async () => {
  studio = await openStudio(seed.documents)
})
afterAll(() => studio.close())

describe('the bundled dataset', () => {
  it('has documents of every edited type', () => {
    const types = new Set(editable.map((doc) => doc._type))
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

  it.each(editable.map((doc) => [doc._id, doc] as const))(
    '%s passes validation',
    async (_, doc) => {
      expect(await studio.problems(doc)).toEqual([])
    },
  )
})

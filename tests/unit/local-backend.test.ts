import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { datasetDir, MissingParameterError, parseDataset, queryLocal } from '@/lib/content/local'

const ndjson = [
  {
    _id: 'event-a',
    _type: 'event',
    title: 'Published A',
    organiser: { _type: 'reference', _ref: 'org-1' },
  },
  {
    _id: 'drafts.event-a',
    _type: 'event',
    title: 'Draft A',
    organiser: { _type: 'reference', _ref: 'org-1' },
  },
  { _id: 'drafts.event-b', _type: 'event', title: 'Draft-only B' },
  { _id: 'org-1', _type: 'organisation', name: 'Published org' },
  { _id: 'drafts.org-1', _type: 'organisation', name: 'Draft org' },
  { _id: 'event-c', _type: 'event', title: 'Published C' },
]
  .map((d) => JSON.stringify(d))
  .join('\n')

const dataset = parseDataset('/virtual', ndjson)

describe('local backend perspectives', () => {
  it('published hides drafts entirely', async () => {
    const titles = await queryLocal('*[_type == "event"] | order(_id) .title', {}, { dataset })
    expect(titles).toEqual(['Published A', 'Published C'])
  })

  it('drafts overlays a draft onto its published id and keeps _originalId', async () => {
    const docs = await queryLocal(
      '*[_type == "event"] | order(_id) { _id, _originalId, title }',
      {},
      { dataset, perspective: 'drafts' },
    )
    expect(docs).toEqual([
      { _id: 'event-a', _originalId: 'drafts.event-a', title: 'Draft A' },
      { _id: 'event-b', _originalId: 'drafts.event-b', title: 'Draft-only B' },
      { _id: 'event-c', _originalId: 'event-c', title: 'Published C' },
    ])
  })

  it('references resolve to drafts in the drafts perspective and to published documents otherwise', async () => {
    const query = '*[_id == "event-a"][0].organiser->name'
    expect(await queryLocal(query, {}, { dataset })).toBe('Published org')
    expect(await queryLocal(query, {}, { dataset, perspective: 'drafts' })).toBe('Draft org')
  })

  it('raw sees every document as stored', async () => {
    const count = await queryLocal('count(*)', {}, { dataset, perspective: 'raw' })
    expect(count).toBe(6)
  })
})

describe('local backend parameters', () => {
  it('a parameter the query uses but the caller did not give is an error', async () => {
    await expect(queryLocal('*[_type == $type]', {}, { dataset })).rejects.toBeInstanceOf(
      MissingParameterError,
    )
    await expect(queryLocal('*[_type == $type]', {}, { dataset })).rejects.toThrow('$type')
  })

  it('parameters in slices work and are checked too', async () => {
    const query = '*[_type == "event"] | order(_id) [0...$limit].title'
    expect(await queryLocal(query, { limit: 1 }, { dataset })).toEqual(['Published A'])
    expect(await queryLocal(query, { limit: 2 }, { dataset })).toEqual([
      'Published A',
      'Published C',
    ])
    await expect(queryLocal(query, {}, { dataset })).rejects.toThrow('$limit')
  })

  it('compares dates with dateTime() against now()', async () => {
    const timed = parseDataset(
      '/virtual',
      [
        { _id: 'past', _type: 'event', end: '2021-09-23T14:30:00Z' },
        { _id: 'future', _type: 'event', end: '2099-01-01T00:00:00Z' },
      ]
        .map((d) => JSON.stringify(d))
        .join('\n'),
    )
    const upcoming = await queryLocal(
      '*[_type == "event" && dateTime(end) >= dateTime(now())]._id',
      {},
      { dataset: timed, now: new Date('2026-01-01T00:00:00Z') },
    )
    expect(upcoming).toEqual(['future'])
  })
})

describe('dataset loading', () => {
  it('skips lines that are not JSON or not documents, with a log line, and keeps the rest', () => {
    const messages: string[] = []
    const original = console.warn
    console.warn = (message: string) => messages.push(message)
    try {
      const loaded = parseDataset(
        '/virtual',
        '{"_id":"a","_type":"t"}\nnot json\n{"title":"no id"}\n',
      )
      expect(loaded.documents.map((d) => d._id)).toEqual(['a'])
    } finally {
      console.warn = original
    }
    expect(messages).toHaveLength(2)
    expect(messages[0]).toContain('line 2')
  })

  it('turns exported image assets back into references with an asset document', async () => {
    const exported = parseDataset(
      '/virtual',
      JSON.stringify({
        _id: 'p',
        _type: 'person',
        image: { _type: 'image', _sanityAsset: 'image@file://./images/abc123-640x480.png' },
      }),
    )
    const image = await queryLocal(
      '*[_id == "p"][0].image{ "ref": asset._ref, "w": asset->metadata.dimensions.width }',
      {},
      { dataset: exported },
    )
    expect(image).toEqual({ ref: 'image-abc123-640x480-png', w: 640 })
  })
})

describe('dataset folder', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('is sanity/seed unless LOCAL_DATASET_DIR names another; an empty value counts as unset', () => {
    vi.stubEnv('LOCAL_DATASET_DIR', '')
    expect(datasetDir()).toBe(path.resolve('sanity/seed'))
    vi.stubEnv('LOCAL_DATASET_DIR', '.tmp/other')
    expect(datasetDir()).toBe(path.resolve('.tmp/other'))
  })
})

describe('local backend localised fields', () => {
  const localised = parseDataset(
    '/virtual',
    [
      { _id: 't1', _type: 'topic', title: { en: 'Open source', fr: 'Logiciel libre' } },
      { _id: 't2', _type: 'topic', title: { en: 'Climate' } },
    ]
      .map((d) => JSON.stringify(d))
      .join('\n'),
  )
  const query = '*[_type == $type] | order(_id) { "title": coalesce(title[$locale], title.en) }'

  it('reads `field[$locale]` as the field in that language, as the Content Lake does', async () => {
    const titles = async (locale: string) =>
      queryLocal(query, { type: 'topic', locale }, { dataset: localised })
    expect(await titles('fr')).toEqual([{ title: 'Logiciel libre' }, { title: 'Climate' }])
    expect(await titles('en')).toEqual([{ title: 'Open source' }, { title: 'Climate' }])
    // Parsed once per language: the second language does not reuse the first one's tree.
    expect(await titles('fr')).toEqual([{ title: 'Logiciel libre' }, { title: 'Climate' }])
    expect(await titles('ar')).toEqual([{ title: 'Open source' }, { title: 'Climate' }])
  })
})

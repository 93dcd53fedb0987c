import { parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { engine, queryLocal, type Dataset } from '@/lib/content/local'
import { eventFacetsQuery } from '@/lib/queries/event-list'
import { dataset, now, plain } from '../fixtures/plan-dataset'

/**
 * A nested scan that names its enclosing document through a reference field
 * (`series._ref == ^._id`, `^._id in organisers[]._ref`) is a point-back on its own: the
 * local backend looks the enclosing id up in the field's index, with no
 * `references(^._id)` beside it in the query. Each form gives exactly what plain groq-js
 * gives, and reads none of the events the index rules out.
 */
const forms: [string, string, unknown][] = [
  [
    'a reference field',
    '*[_type == "eventSeries"]{ _id, "e": *[_type == "event" && series._ref == ^._id]._id }',
    { kind: 'equals', path: ['series', '_ref'] },
  ],
  [
    'a reference field, written the other way round',
    '*[_type == "eventSeries"]{ _id, "e": *[^._id == series._ref]._id }',
    { kind: 'equals', path: ['series', '_ref'] },
  ],
  [
    'a list of references',
    '*[_type == "organisation"]{ _id, "n": count(*[_type == "event" && defined(slug.current) && ^._id in organisers[]._ref]) }',
    { kind: 'contains', path: ['organisers'], attr: ['_ref'] },
  ],
  [
    'a reference inside list items',
    '*[_type == "person"][0...9]{ _id, "e": *[_type == "event" && ^._id in appearances[].person._ref]._id }',
    { kind: 'contains', path: ['appearances'], attr: ['person', '_ref'] },
  ],
  [
    'the latest event of a series',
    '*[_type == "eventSeries"]{ _id, "latest": *[_type == "event" && series._ref == ^._id] | order(start desc)[0].start }',
    { kind: 'equals', path: ['series', '_ref'] },
  ],
]

describe('point-backs without a references() hint', () => {
  for (const perspective of ['published', 'drafts'] as const) {
    it.each(forms)(`%s: same as plain groq-js (${perspective})`, async (_, query) => {
      const expected = await plain(query, {}, perspective)
      expect(JSON.stringify(expected)).toMatch(/synthetic-event-|"n":[1-9]|"latest":"2/)
      expect(await queryLocal(query, {}, { dataset, perspective, now })).toEqual(expected)
    })

    it(`the facets query: same as plain groq-js and as with the hint (${perspective})`, async () => {
      const hinted = eventFacetsQuery.replaceAll(
        '&& defined(slug.current) &&',
        '&& references(^._id) && defined(slug.current) &&',
      )
      expect(hinted.match(/references\(\^\._id\)/g)).toHaveLength(2)
      const expected = await plain(eventFacetsQuery, { locale: 'en' }, perspective)
      const actual = await queryLocal(
        eventFacetsQuery,
        { locale: 'en' },
        { dataset, perspective, now },
      )
      expect(actual).toEqual(expected)
      expect(await plain(hinted, { locale: 'en' }, perspective)).toEqual(expected)
    })
  }

  it.each(forms)('%s: planned as an exact lookup of the enclosing id', (_, query, link) => {
    const nested = engine.planScans(parse(query)).filter((scan) => scan.correlated)
    expect(nested).toMatchObject([{ correlated: link, alsoCorrelated: [], linkedExact: true }])
  })

  it('reads no event the index rules out, where a plain scan reads every event per organisation', async () => {
    const { watched, reads } = countingReads(dataset, 'organisers')
    const indexed =
      '*[_type == "organisation"]{ "n": count(*[_type == "event" && ^._id in organisers[]._ref]) }'
    // The same condition in a shape the planner does not read: every event is tested.
    const scanned =
      '*[_type == "organisation"]{ "n": count(*[_type == "event" && (^._id in organisers[]._ref) == true]) }'
    const run = (query: string) => queryLocal(query, {}, { dataset: watched, now })
    expect(await run(indexed)).toEqual(await run(scanned))
    reads.count = 0
    await run(indexed) // the index is built by now
    expect(reads.count).toBe(0)
    await run(scanned)
    const seen = engine.perspectiveView(dataset, 'published').documents
    const organisations = seen.filter((doc) => doc._type === 'organisation').length
    // groq-js reads the attribute only where the document has it.
    const organised = seen.filter((doc) => doc._type === 'event' && 'organisers' in doc).length
    expect(reads.count).toBe(organised * organisations)
  })
})

/** The dataset with every read of one attribute counted. */
function countingReads(source: Dataset, attribute: string) {
  const reads = { count: 0 }
  const documents = source.documents.map(
    (doc) =>
      new Proxy(doc, {
        get(target, key, receiver) {
          if (key === attribute) reads.count += 1
          return Reflect.get(target, key, receiver)
        },
      }),
  )
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  return { watched: { ...source, documents, byId }, reads }
}

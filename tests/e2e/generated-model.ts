import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/**
 * What the list pages should show for a generated dataset, worked out independently of
 * GROQ: plain filtering and sorting over the published documents of data.ndjson.
 */
const ref = z.object({ _ref: z.string() })
const localised = z.object({ en: z.string() }).partial().nullish()
const doc = z.looseObject({
  _id: z.string(),
  _type: z.string(),
  slug: z.object({ current: z.string() }).nullish(),
  title: localised,
  name: z.union([z.string(), z.object({ en: z.string() })]).nullish(),
  acronym: localised,
  subtitle: localised,
  summary: localised,
  position: localised,
  description: localised,
  start: z.string().nullish(),
  end: z.string().nullish(),
  attendanceMode: z.string().nullish(),
  topics: z.array(ref).nullish(),
  series: ref.nullish(),
  organisers: z.array(ref).nullish(),
  appearances: z.array(z.object({ person: ref })).nullish(),
})
type Doc = z.infer<typeof doc>

export type ModelEvent = {
  id: string
  slug: string
  title: string
  start: string
  end: string
  mode: string
  topics: string[]
  series?: string
  organisers: string[]
  /** Ids of the people appearing, each once. */
  people: string[]
  text: string[]
}

export function loadModel(dir: string) {
  const docs = readFileSync(path.join(dir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => doc.parse(JSON.parse(line)))
    .filter((d) => !d._id.startsWith('drafts.') && d.slug?.current)
  const byId = new Map(docs.map((d) => [d._id, d]))
  const nameOf = (d: Doc | undefined) =>
    typeof d?.name === 'string' ? d.name : (d?.name?.en ?? d?.title?.en ?? '')
  const searchText = (d: Doc) =>
    [nameOf(d), d.acronym?.en, d.subtitle?.en, d.summary?.en, d.position?.en, d.description?.en]
      .concat((d.appearances ?? []).map((a) => nameOf(byId.get(a.person._ref))))
      .filter((t): t is string => typeof t === 'string' && t !== '')
  const events: ModelEvent[] = docs
    .filter((d) => d._type === 'event')
    .map((d) => ({
      id: d._id,
      slug: d.slug?.current ?? '',
      title: d.title?.en ?? '',
      start: d.start ?? '',
      end: d.end ?? '',
      mode: d.attendanceMode ?? '',
      topics: (d.topics ?? []).map((t) => t._ref),
      series: d.series?._ref,
      organisers: (d.organisers ?? []).map((o) => o._ref),
      people: [...new Set((d.appearances ?? []).map((a) => a.person._ref))],
      text: [d.title?.en ?? '', d.summary?.en ?? ''].concat(
        (d.appearances ?? []).map((a) => nameOf(byId.get(a.person._ref))),
      ),
    }))
  return {
    events,
    docs,
    slugOf: (id: string) => byId.get(id)?.slug?.current ?? '',
    nameOf: (id: string) => nameOf(byId.get(id)),
    searchable: (types: string[]) =>
      docs.filter((d) => types.includes(d._type)).map((d) => ({ doc: d, text: searchText(d) })),
  }
}

/** GROQ `match` with every term a prefix: each term starts some word of the text. */
const separators = /[!@#$%^&*(),\\/?";:{}|[\]+<>\s-]+/
const words = (text: string) =>
  text
    .split(separators)
    .map((w) => w.replace(/^\.+|\.+$/g, '').toLowerCase())
    .filter(Boolean)

export function matchesPrefix(texts: string[], query: string): boolean {
  const tokens = texts.flatMap(words)
  return words(query).every((term) => tokens.some((token) => token.startsWith(term)))
}

export const newestFirst = (a: ModelEvent, b: ModelEvent) =>
  a.start === b.start ? (a.id < b.id ? -1 : 1) : a.start < b.start ? 1 : -1

export const soonestFirst = (a: ModelEvent, b: ModelEvent) =>
  a.start === b.start ? (a.id < b.id ? -1 : 1) : a.start < b.start ? -1 : 1

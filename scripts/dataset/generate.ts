/**
 * A synthetic dataset in Sanity's export format, for benchmarks and scale tests. Every
 * document id starts with `synthetic-` and every name or title says "Synthetic", so it can
 * never be taken for real content. The same options always give the same bytes.
 */
import type { SanityDocument } from '../../lib/content/local'
import { ids, organisations, people, series, systemFields, topics } from './directory'
import { syntheticEvent } from './events'
import { createRandom } from './random'
import { day } from './time'
import {
  initiativeStatuses,
  keyedReference,
  keyMaker,
  localeString,
  localeText,
  reference,
  slug,
} from './vocabulary'

export type GenerateOptions = {
  events: number
  seed: string
  /** Dates are spread around this instant: about 70% of events before it, 30% after. */
  now: number
  /** How many event series; one for every 25 events unless given. */
  series?: number
}

export function sizesFor(events: number, series = Math.ceil(events / 25)) {
  return {
    organisations: Math.max(12, Math.ceil(events / 5)),
    people: Math.max(30, Math.ceil(events * 1.5)),
    topics: Math.min(60, 10 + Math.ceil(events / 100)),
    series,
    initiatives: Math.ceil(events / 20),
    draftOnly: Math.max(1, Math.floor(events / 1000)),
  }
}

export function generateDocuments(options: GenerateOptions): SanityDocument[] {
  const random = createRandom(options.seed)
  const { now } = options
  const size = sizesFor(options.events, options.series)
  const window = { pastDays: 5 * 365, futureDays: 540, now }
  const orgs = organisations(random, size.organisations, now)
  const persons = people(random, size.people, size.organisations, now)
  const topicDocs = topics(random, size.topics, now)
  const seriesList = series(random, size.series, size.organisations, window)
  const context = {
    random,
    people: persons.people,
    organisationCount: size.organisations,
    topicCount: size.topics,
    initiativeCount: size.initiatives,
    series: seriesList.series,
    ...window,
  }
  const events = Array.from({ length: options.events }, (_, i) => syntheticEvent(context, i + 1))
  const drafts: SanityDocument[] = events
    .filter(() => random.chance(0.005))
    .map((event) => ({
      ...event,
      _id: `drafts.${event._id}`,
      _rev: `${event._rev}-draft`,
      title: localeString(`${titleOf(event)} (draft edit)`),
    }))
  for (let i = 1; i <= size.draftOnly; i++) {
    const draft = syntheticEvent(context, options.events + i)
    drafts.push({ ...draft, _id: `drafts.${draft._id}` })
  }
  return [
    ...orgs,
    ...persons.documents,
    ...topicDocs,
    ...seriesList.documents,
    ...initiatives(random, size.initiatives, size.organisations, events, now),
    ...events,
    ...drafts,
  ]
}

function titleOf(doc: SanityDocument): string {
  const title = doc.title
  return typeof title === 'object' && title !== null && 'en' in title ? String(title.en) : ''
}

function refsOf(doc: SanityDocument, field: string): string[] {
  const list = doc[field]
  if (!Array.isArray(list)) return []
  return list.flatMap((item: unknown) =>
    typeof item === 'object' && item !== null && '_ref' in item ? [String(item._ref)] : [],
  )
}

function initiatives(
  random: ReturnType<typeof createRandom>,
  count: number,
  organisationCount: number,
  events: SanityDocument[],
  now: number,
): SanityDocument[] {
  // An initiative is "announced at" the first past event that mentions it.
  const announcedAt = new Map<string, string>()
  for (const event of events) {
    if (typeof event.end !== 'string' || Date.parse(event.end) >= now) continue
    for (const id of refsOf(event, 'initiatives')) {
      if (!announcedAt.has(id)) announcedAt.set(id, event._id)
    }
  }
  return Array.from({ length: count }, (_, i) => {
    const id = ids.initiative(i + 1)
    const key = keyMaker()
    const event = announcedAt.get(id)
    return {
      _id: id,
      _type: 'initiative',
      ...systemFields(random, `initiative-${i + 1}`, now),
      title: localeString(`Synthetic Initiative ${i + 1}`),
      slug: slug(`synthetic-initiative-${i + 1}`),
      status: random.pick(initiativeStatuses),
      summary: localeText(`A synthetic initiative, number ${i + 1}, for tests and benchmarks.`),
      leads: random
        .sample(
          Array.from({ length: organisationCount }, (_, n) => n + 1),
          random.int(1, 2),
        )
        .map((n) => keyedReference(ids.organisation(n), key)),
      ...(event ? { announcedAt: reference(event) } : {}),
      ...(random.chance(0.4)
        ? { website: `https://example.org/synthetic/initiatives/${i + 1}` }
        : {}),
    }
  })
}

/** The site settings singleton, for a dataset that does not include the bundled seed. */
export function syntheticSettings(now: number, events: number): SanityDocument {
  const featured = Math.min(2, sizesFor(events).initiatives)
  return {
    _id: 'siteSettings',
    _type: 'siteSettings',
    _rev: 'synthetic-rev-settings',
    _createdAt: new Date(now - 400 * day).toISOString(),
    _updatedAt: new Date(now - 30 * day).toISOString(),
    title: localeString('Synthetic Event Portal'),
    description: localeText('A synthetic dataset for benchmarks and scale tests.'),
    featuredInitiatives: Array.from({ length: featured }, (_, i) => ({
      ...reference(ids.initiative(i + 1)),
      _key: `k000${i}`,
    })),
  }
}

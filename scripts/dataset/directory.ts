/** Organisations, people, topics and series of the synthetic dataset. */
import type { SanityDocument } from '../../lib/content/local'
import type { Random } from './random'
import { day, iso, isoDate, startOfUtcDay } from './time'
import {
  honorifics,
  keyMaker,
  keyedReference,
  localeString,
  localeText,
  organisationKinds,
  positions,
  reference,
  slug,
  subjects,
  syntheticPrefix,
  timeZones,
} from './vocabulary'

export const ids = {
  organisation: (n: number) => `${syntheticPrefix}org-${n}`,
  person: (n: number) => `${syntheticPrefix}person-${n}`,
  topic: (n: number) => `${syntheticPrefix}topic-${n}`,
  series: (n: number) => `${syntheticPrefix}series-${n}`,
  initiative: (n: number) => `${syntheticPrefix}initiative-${n}`,
  event: (n: number) => `${syntheticPrefix}event-${n}`,
}

/** System fields as an export carries them; edits happened some time before `now`. */
export function systemFields(random: Random, rev: string, now: number, before = now) {
  const updated = Math.min(before, now) - random.int(1, 400) * day
  return {
    _rev: `${syntheticPrefix}rev-${rev}`,
    _createdAt: iso(updated - random.int(0, 200) * day),
    _updatedAt: iso(updated),
  }
}

export function organisations(random: Random, count: number, now: number): SanityDocument[] {
  return Array.from({ length: count }, (_, n) => {
    const name = `Synthetic Organisation ${n + 1}`
    return {
      _id: ids.organisation(n + 1),
      _type: 'organisation',
      ...systemFields(random, `org-${n + 1}`, now),
      name: localeString(name),
      slug: slug(`synthetic-organisation-${n + 1}`),
      ...(random.chance(0.7) ? { acronym: localeString(`SO${n + 1}`) } : {}),
      kind: random.pick(organisationKinds),
      // Parents point to lower numbers, so there are no cycles.
      ...(n > 5 && random.chance(0.2)
        ? { parent: reference(ids.organisation(random.int(1, n))) }
        : {}),
      ...(random.chance(0.5)
        ? { description: localeText(`${name} is a synthetic organisation used for tests.`) }
        : {}),
      ...(random.chance(0.6) ? { website: `https://example.org/synthetic/org-${n + 1}` } : {}),
    }
  })
}

export type Person = { id: string; organisation: string; position: string }

export function people(
  random: Random,
  count: number,
  organisationCount: number,
  now: number,
): { documents: SanityDocument[]; people: Person[] } {
  const list: Person[] = []
  const documents = Array.from({ length: count }, (_, n) => {
    const person: Person = {
      id: ids.person(n + 1),
      organisation: ids.organisation(random.int(1, organisationCount)),
      position: random.pick(positions),
    }
    list.push(person)
    return {
      _id: person.id,
      _type: 'person',
      ...systemFields(random, `person-${n + 1}`, now),
      honorific: localeString(random.pick(honorifics)),
      name: `Synthetic Person ${n + 1}`,
      slug: slug(`synthetic-person-${n + 1}`),
      position: localeString(person.position),
      organisation: reference(person.organisation),
      ...(random.chance(0.4)
        ? { bio: localeText(`Synthetic Person ${n + 1} is a made-up speaker for tests.`) }
        : {}),
      ...(random.chance(0.2)
        ? {
            links: [
              {
                _type: 'link',
                _key: 'k0000',
                label: localeString('Profile'),
                url: `https://example.org/synthetic/people/${n + 1}`,
              },
            ],
          }
        : {}),
    }
  })
  return { documents, people: list }
}

export function topics(random: Random, count: number, now: number): SanityDocument[] {
  return Array.from({ length: count }, (_, n) => ({
    _id: ids.topic(n + 1),
    _type: 'topic',
    ...systemFields(random, `topic-${n + 1}`, now),
    title: localeString(`Synthetic Topic ${n + 1}: ${subjects[n % subjects.length]}`),
    slug: slug(`synthetic-topic-${n + 1}`),
  }))
}

export type Series = { id: string; firstDay: number; days: number; timeZone: string }

export function series(
  random: Random,
  count: number,
  organisationCount: number,
  window: { pastDays: number; futureDays: number; now: number },
): { documents: SanityDocument[]; series: Series[] } {
  const list: Series[] = []
  const documents = Array.from({ length: count }, (_, n) => {
    const past = random.chance(0.7)
    const offset = past ? -random.int(7, window.pastDays) : random.int(2, window.futureDays)
    const item: Series = {
      id: ids.series(n + 1),
      firstDay: startOfUtcDay(window.now) + offset * day,
      days: random.int(1, 7),
      timeZone: random.weighted(timeZones),
    }
    list.push(item)
    const key = keyMaker()
    return {
      _id: item.id,
      _type: 'eventSeries',
      ...systemFields(random, `series-${n + 1}`, window.now, item.firstDay),
      title: localeString(`Synthetic Series ${n + 1}`),
      slug: slug(`synthetic-series-${n + 1}`),
      summary: localeText(`A synthetic series of events, number ${n + 1}.`),
      startDate: isoDate(item.firstDay),
      endDate: isoDate(item.firstDay + (item.days - 1) * day),
      timeZone: item.timeZone,
      organisers: Array.from({ length: random.int(1, 2) }, () =>
        ids.organisation(random.int(1, organisationCount)),
      )
        .filter((id, i, all) => all.indexOf(id) === i)
        .map((id) => keyedReference(id, key)),
    }
  })
  return { documents, series: list }
}

/** Synthetic events: dates around `now`, several zones, statuses, people with roles. */
import type { SanityDocument } from '../../lib/content/local'
import { eventKinds, type AttendanceMode, type EventStatus } from '../../lib/event-options'
import type { Role } from '../../lib/roles'
import { ids, systemFields, type Person, type Series } from './directory'
import type { Random } from './random'
import { day, iso, minute, startOfUtcDay, zonedTime } from './time'
import {
  blocks,
  cities,
  keyedReference,
  keyMaker,
  localeString,
  localeText,
  positions,
  reference,
  sentence,
  slug,
  subjects,
  timeZones,
} from './vocabulary'

export type EventContext = {
  random: Random
  now: number
  people: Person[]
  organisationCount: number
  topicCount: number
  initiativeCount: number
  series: Series[]
  pastDays: number
  futureDays: number
}

const statuses: [EventStatus, number][] = [
  ['scheduled', 86],
  ['cancelled', 4],
  ['postponed', 4],
  ['rescheduled', 4],
  ['movedOnline', 2],
]
const modes: [AttendanceMode, number][] = [
  ['inPerson', 45],
  ['online', 30],
  ['hybrid', 25],
]
const laterRoles: [Role, number][] = [
  ['panelist', 40],
  ['speaker', 25],
  ['presenter', 10],
  ['remarks', 10],
  ['discussant', 5],
  ['moderator', 5],
  ['closingRemarks', 5],
]

function when(ctx: EventContext) {
  const { random, now } = ctx
  const inSeries = ctx.series.length > 0 && random.chance(0.35) ? random.pick(ctx.series) : null
  const dayStart = inSeries
    ? inSeries.firstDay + random.int(0, inSeries.days - 1) * day
    : startOfUtcDay(now) +
      (random.chance(0.7) ? -random.int(2, ctx.pastDays) : random.int(2, ctx.futureDays)) * day
  const zone = inSeries?.timeZone ?? random.weighted(timeZones)
  const kind = random.pick(eventKinds).value
  const minutes =
    kind === 'conference'
      ? random.int(16, 32) * 15
      : kind === 'workshop'
        ? random.int(8, 16) * 15
        : random.int(4, 8) * 15
  const startHour = random.int(8, Math.max(8, 18 - Math.ceil(minutes / 60)))
  const start = zonedTime(dayStart, startHour, random.pick([0, 30]), zone)
  return { series: inSeries, zone, kind, start, end: start + minutes * minute }
}

/** Popular speakers appear far more often than others, as in real programmes. */
function speakers(random: Random, people: Person[], count: number): Person[] {
  const chosen = new Map<string, Person>()
  for (let tries = 0; chosen.size < count && tries < count * 5; tries++) {
    const person = people[Math.floor(people.length * random.next() ** 2)]
    if (person) chosen.set(person.id, person)
  }
  return [...chosen.values()]
}

function appearances(ctx: EventContext, key: () => string) {
  const { random } = ctx
  const cast = speakers(
    random,
    ctx.people,
    random.weighted([
      [1, 10],
      [3, 30],
      [6, 40],
      [10, 20],
    ]),
  )
  return cast.map((person, i) => ({
    _type: 'appearance',
    _key: key(),
    person: reference(person.id),
    role:
      i === 0
        ? random.pick(['host', 'openingRemarks', 'keynote'] as const)
        : random.weighted(laterRoles),
    ...(random.chance(0.05) ? { roleLabel: localeString('Remarks and announcements') } : {}),
    position: localeString(random.chance(0.8) ? person.position : random.pick(positions)),
    affiliation: reference(
      random.chance(0.85)
        ? person.organisation
        : ids.organisation(random.int(1, ctx.organisationCount)),
    ),
  }))
}

function programme(
  ctx: EventContext,
  start: number,
  end: number,
  speakerIds: string[],
  key: () => string,
) {
  const { random } = ctx
  const count = random.int(2, 4)
  const step = Math.floor((end - start) / count / minute) * minute
  return Array.from({ length: count }, (_, i) => ({
    _type: 'programmeItem',
    _key: key(),
    title: localeString(i === 0 ? 'Opening' : `Session ${i}`),
    start: iso(start + i * step),
    end: iso(start + (i + 1) * step),
    ...(random.chance(0.5) ? { description: localeText('A synthetic programme item.') } : {}),
    people: random.sample(speakerIds, random.int(0, 2)).map((id) => keyedReference(id, key)),
  }))
}

const kindTitle = (kind: string) =>
  (eventKinds.find((k) => k.value === kind)?.title ?? 'event').toLowerCase()

const distinct = (random: Random, count: number, of: number) =>
  random.sample(
    Array.from({ length: of }, (_, i) => i + 1),
    Math.min(count, of),
  )

export function syntheticEvent(ctx: EventContext, n: number): SanityDocument {
  const { random, now } = ctx
  const key = keyMaker()
  const time = when(ctx)
  const status = random.weighted(statuses)
  const mode = status === 'movedOnline' ? 'online' : random.weighted(modes)
  const subject = random.pick(subjects)
  const title = `Synthetic Event ${n}: ${subject[0]?.toUpperCase()}${subject.slice(1)} ${kindTitle(time.kind)}`
  const cast = appearances(ctx, key)
  const [city, country] = cities[time.zone] ?? ['Geneva', 'Switzerland']
  const isPast = time.end < now
  const hasRecording =
    isPast && status !== 'cancelled' && status !== 'postponed' && random.chance(0.45)
  const hasPreviousStart =
    status === 'rescheduled' || (status === 'postponed' && random.chance(0.7))
  const registrationMode = random.weighted([
    ['none', 30],
    ['rsvp', 30],
    ['required', 25],
    ['invitation', 10],
    ['closed', 5],
  ] as const)
  return {
    _id: ids.event(n),
    _type: 'event',
    ...systemFields(random, `event-${n}`, now, time.start),
    title: localeString(title),
    ...(random.chance(0.3)
      ? { subtitle: localeString(`A synthetic ${time.kind} on ${subject}`) }
      : {}),
    slug: slug(`synthetic-event-${n}`),
    kind: time.kind,
    ...(time.series ? { series: reference(time.series.id) } : {}),
    status,
    start: iso(time.start),
    end: iso(time.end),
    timeZone: time.zone,
    ...(hasPreviousStart ? { previousStart: iso(time.start - random.int(7, 90) * day) } : {}),
    attendanceMode: mode,
    ...(mode !== 'online' || status === 'movedOnline'
      ? {
          venue: {
            _type: 'venue',
            name: localeString(`Synthetic Venue ${random.int(1, 200)}`),
            city,
            country,
          },
        }
      : {}),
    ...(mode !== 'inPerson' ? { onlineUrl: `https://example.org/synthetic/meeting/${n}` } : {}),
    registration: {
      _type: 'registration',
      mode: registrationMode,
      ...(registrationMode === 'rsvp' || registrationMode === 'required'
        ? {
            url: `https://example.org/synthetic/register/${n}`,
            deadline: iso(time.start - 2 * day),
          }
        : {}),
    },
    appearances: cast,
    organisers: distinct(random, random.int(1, 3), ctx.organisationCount).map((i) =>
      keyedReference(ids.organisation(i), key),
    ),
    summary: localeText(sentence(random, subject)),
    ...(random.chance(0.7)
      ? { body: { _type: 'localeBlockContent', en: blocks(random, subject, key) } }
      : {}),
    ...(time.end - time.start >= 90 * minute && random.chance(0.4)
      ? {
          programme: programme(
            ctx,
            time.start,
            time.end,
            cast.map((a) => a.person._ref),
            key,
          ),
        }
      : {}),
    ...(hasRecording
      ? {
          recording: {
            _type: 'recording',
            url: `https://example.org/synthetic/recordings/${n}`,
            provider: 'Synthetic Web TV',
            duration: Math.round((time.end - time.start) / minute),
          },
        }
      : {}),
    ...(random.chance(0.2)
      ? {
          resources: [
            {
              _type: 'link',
              _key: key(),
              label: localeString('Concept note'),
              url: `https://example.org/synthetic/resources/${n}`,
            },
          ],
        }
      : {}),
    ...(ctx.initiativeCount > 0 && random.chance(0.15)
      ? {
          initiatives: distinct(random, random.int(1, 2), ctx.initiativeCount).map((i) =>
            keyedReference(ids.initiative(i), key),
          ),
        }
      : {}),
    topics: distinct(random, random.int(1, 4), ctx.topicCount).map((i) =>
      keyedReference(ids.topic(i), key),
    ),
  }
}

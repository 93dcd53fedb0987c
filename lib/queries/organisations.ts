import { defineQuery } from 'next-sanity'
import { z } from 'zod'
import { eventListProjection } from './event-list'
import { langs, organisationRef, personRef, t } from './fragments'
import {
  type FieldLanguages,
  type PersonRef,
  fieldLangs,
  optionalText,
  organisationRef as organisationShape,
  personRef as personShape,
  refList,
  titledRef,
} from './schemas'

const published = /* groq */ `_type == "organisation" && defined(slug.current)`
const name = t('name')

export const organisationListQuery = defineQuery(`{
  "total": count(*[${published}]),
  "items": *[${published}] | order(${name} asc, _id asc) [$start...$end] {
    ...${organisationRef},
    kind,
    "parent": parent->${organisationRef}
  }
}`)

export const organisationSlugsQuery = defineQuery(`
  *[${published}] | order(_updatedAt desc) [0...$limit].slug.current
`)

export const organisationQuery = defineQuery(`
  *[${published} && slug.current == $slug][0]{
    ...${organisationRef},
    kind,
    website,
    "description": ${t('description')},
    ${langs('name', 'acronym', 'description')},
    "parent": parent->${organisationRef}
  }
`)

// `references($id)` is implied by each filter that follows it; it lets an index answer the scan.
const eventsOf = /* groq */ `_type == "event" && references($id) && defined(slug.current) && $id in organisers[]._ref`

/**
 * What hangs off an organisation: its parts, its people (current members, and those who
 * spoke for it at its most recent events), the events it organises (a few each way, the
 * events list has the rest) and the initiatives it leads.
 */
export const organisationRelationsQuery = defineQuery(`{
  "parts": *[${published} && parent._ref == $id] | order(${name} asc) ${organisationRef},
  "members": *[_type == "person" && defined(slug.current) && organisation._ref == $id]
    | order(name asc) { ...${personRef}, "position": ${t('position')}, ${langs('honorific', 'position')} },
  "speakers": *[_type == "event" && references($id) && defined(slug.current) && $id in appearances[].affiliation._ref]
    | order(start desc) [0...$speakerEvents].appearances[affiliation._ref == $id]{
      "position": ${t('position')},
      ${langs('position')},
      "person": person->${personRef}
    },
  "upcomingCount": count(*[${eventsOf} && dateTime(end) >= dateTime(now())]),
  "pastCount": count(*[${eventsOf} && dateTime(end) < dateTime(now())]),
  "upcoming": *[${eventsOf} && dateTime(end) >= dateTime(now())] | order(start asc, _id asc) [0...$limit] ${eventListProjection},
  "past": *[${eventsOf} && dateTime(end) < dateTime(now())] | order(start desc, _id asc) [0...$limit] ${eventListProjection},
  "initiatives": *[_type == "initiative" && references($id) && defined(slug.current) && $id in leads[]._ref]
    | order(${t('title')} asc) { _id, "slug": slug.current, "title": ${t('title')}, ${langs('title')}, status }
}`)

export const organisationListItem = organisationShape.extend({
  kind: optionalText,
  parent: organisationShape.nullish().catch(null),
})

export const organisationDetail = organisationListItem.extend({
  website: z
    .string()
    .regex(/^https?:/i)
    .nullish()
    .catch(null),
  description: optionalText,
  lang: fieldLangs('name', 'acronym', 'description'),
})

const member = personShape.extend({
  position: optionalText,
  lang: fieldLangs('honorific', 'position'),
})

export const organisationRelations = z
  .object({
    parts: refList(organisationShape),
    members: refList(member),
    speakers: refList(
      z.object({ position: optionalText, lang: fieldLangs('position'), person: personShape }),
    ),
    upcomingCount: z.number().catch(0),
    pastCount: z.number().catch(0),
    upcoming: z.array(z.unknown()).catch([]),
    past: z.array(z.unknown()).catch([]),
    initiatives: refList(titledRef.extend({ status: optionalText })),
  })
  .catch({
    parts: [],
    members: [],
    speakers: [],
    upcomingCount: 0,
    pastCount: 0,
    upcoming: [],
    past: [],
    initiatives: [],
  })

export type OrganisationListItem = z.infer<typeof organisationListItem>
export type Member = z.infer<typeof member>

/** A person as they spoke at an event: their position there, and the language it is in. */
export function speakerAsMember(speaker: {
  person: PersonRef
  position?: string
  lang: FieldLanguages
}): Member {
  const { person, position, lang } = speaker
  return { ...person, position, lang: { ...person.lang, position: lang.position } }
}

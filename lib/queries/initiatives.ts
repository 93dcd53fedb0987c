import { defineQuery } from 'next-sanity'
import { z } from 'zod'
import { initiativeStatuses } from '../event-options'
import { eventListProjection } from './event-list'
import { langs, languageOf, organisationRef, personRef, t } from './fragments'
import {
  contentLanguage,
  fieldLangs,
  optionalText,
  organisationRef as organisationShape,
  personRef as personShape,
  refList,
  titledRef,
} from './schemas'

const published = /* groq */ `_type == "initiative" && defined(slug.current)`
/** An initiative as lists and the home page show it. */
export const initiativeCardProjection = /* groq */ `{
  _id,
  "slug": slug.current,
  "title": ${t('title')},
  status,
  "summary": ${t('summary')},
  ${langs('title', 'summary')},
  "leads": leads[]->${organisationRef},
  "announcedAt": announcedAt->{ _id, "slug": slug.current, "title": ${t('title')}, ${langs('title')} }
}`

export const initiativeListQuery = defineQuery(`{
  "total": count(*[${published} && ($status == null || status == $status)]),
  "items": *[${published} && ($status == null || status == $status)]
    | order(${t('title')} asc, _id asc) [$start...$end] ${initiativeCardProjection}
}`)

export const initiativeSlugsQuery = defineQuery(`
  *[${published}] | order(_updatedAt desc) [0...$limit].slug.current
`)

export const initiativeQuery = defineQuery(`
  *[${published} && slug.current == $slug][0]{
    ...${initiativeCardProjection},
    website,
    "body": ${t('body')},
    "bodyLang": ${languageOf('body')}
  }
`)

/** Events that announced or discussed the initiative, and the people who spoke at them. */
export const initiativeRelationsQuery = defineQuery(`{
  "events": *[_type == "event" && defined(slug.current)
      && ($id in initiatives[]._ref || _id == $announcedAt)]
    | order(start desc, _id asc) ${eventListProjection},
  "people": *[_type == "event" && defined(slug.current)
      && ($id in initiatives[]._ref || _id == $announcedAt)]
    | order(start desc).appearances[]{ "position": ${t('position')}, ${langs('position')}, "person": person->${personRef} }
}`)

const status = z.enum(initiativeStatuses).nullish().catch(null)

export const initiativeCard = titledRef.extend({
  status,
  summary: optionalText,
  lang: fieldLangs('title', 'summary'),
  leads: refList(organisationShape),
  announcedAt: titledRef.nullish().catch(null),
})

const portableText = z.array(z.looseObject({ _type: z.string(), _key: z.string().optional() }))

export const initiativeDetail = initiativeCard.extend({
  website: z
    .string()
    .regex(/^https?:/i)
    .nullish()
    .catch(null),
  body: portableText.nullish().catch(null),
  bodyLang: contentLanguage,
})

export const initiativeRelations = z
  .object({
    events: z.array(z.unknown()).catch([]),
    people: refList(
      z.object({ position: optionalText, lang: fieldLangs('position'), person: personShape }),
    ),
  })
  .catch({ events: [], people: [] })

export type InitiativeCard = z.infer<typeof initiativeCard>

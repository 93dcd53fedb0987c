import { defineQuery } from 'next-sanity'
import { z } from 'zod'
import { registrationModeValues } from '../event-options'
import { roles } from '../roles'
import {
  eventCard as eventCardProjection,
  imageFields,
  organisationRef as organisationProjection,
  personRef as personProjection,
  langs,
  languageOf,
  t,
  topicRef,
} from './fragments'
import {
  eventCard,
  contentLanguage,
  fieldLangs,
  instant,
  optionalText,
  organisationRef,
  personRef,
  refList,
  titledRef,
} from './schemas'

export const upcomingEventsQuery = defineQuery(`
  *[_type == "event" && defined(slug.current) && dateTime(end) >= dateTime(now())]
    | order(start asc) [0...$limit] ${eventCardProjection}
`)

export const pastEventsQuery = defineQuery(`
  *[_type == "event" && defined(slug.current) && dateTime(end) < dateTime(now())]
    | order(start desc) [0...$limit] ${eventCardProjection}
`)

/** The events visitors look at most: the next ones to come and the latest ones held. */
export const eventSlugsQuery = defineQuery(`{
  "upcoming": *[_type == "event" && defined(slug.current) && dateTime(end) >= dateTime(now())]
    | order(start asc) [0...$limit].slug.current,
  "past": *[_type == "event" && defined(slug.current) && dateTime(end) < dateTime(now())]
    | order(start desc) [0...$limit].slug.current
}`)

export const eventSlugs = z
  .object({ upcoming: z.array(z.unknown()).catch([]), past: z.array(z.unknown()).catch([]) })
  .catch({ upcoming: [], past: [] })

export const eventQuery = defineQuery(`
  *[_type == "event" && slug.current == $slug][0]{
    ...${eventCardProjection},
    _updatedAt,
    previousStart,
    venue{ "name": ${t('name')}, address, city, country, mapUrl, ${langs('name')} },
    onlineUrl,
    "registration": registration{ mode, url, deadline, "note": ${t('note')}, ${langs('note')} },
    "recording": recording{ url, provider, duration },
    "body": ${t('body')},
    "bodyLang": ${languageOf('body')},
    "image": image${imageFields},
    "appearances": appearances[]{
      _key,
      role,
      "roleLabel": ${t('roleLabel')},
      "position": ${t('position')},
      ${langs('roleLabel', 'position')},
      "person": person->${personProjection},
      "affiliation": affiliation->${organisationProjection}
    },
    "programme": programme[]{
      _key,
      "title": ${t('title')},
      start,
      end,
      "description": ${t('description')},
      ${langs('title', 'description')},
      "people": people[]->${personProjection}
    } | order(start asc),
    "resources": resources[]{ _key, url, "label": ${t('label')}, ${langs('label')} },
    "initiatives": initiatives[]->{ _id, "slug": slug.current, "title": ${t('title')}, ${langs('title')}, status },
    "topics": topics[]->${topicRef}
  }
`)

const appearance = z.object({
  _key: z.string(),
  role: z.enum(roles).catch('speaker'),
  roleLabel: optionalText,
  position: optionalText,
  lang: fieldLangs('roleLabel', 'position'),
  person: personRef,
  affiliation: organisationRef.nullish().catch(null),
})

const portableText = z.array(z.looseObject({ _type: z.string(), _key: z.string().optional() }))

export const eventDetail = eventCard.extend({
  _updatedAt: instant.nullish().catch(null),
  previousStart: instant.nullish().catch(null),
  venue: z
    .object({
      name: optionalText,
      lang: fieldLangs('name'),
      address: optionalText,
      city: optionalText,
      country: optionalText,
      mapUrl: optionalText,
    })
    .nullish()
    .catch(null),
  onlineUrl: optionalText,
  registration: z
    .object({
      mode: z.enum(registrationModeValues).nullish().catch(null),
      url: optionalText,
      deadline: optionalText,
      note: optionalText,
      lang: fieldLangs('note'),
    })
    .nullish()
    .catch(null),
  recording: z
    .object({ url: z.string(), provider: optionalText, duration: z.number().nullish() })
    .nullish()
    .catch(null),
  body: portableText.nullish().catch(null),
  bodyLang: contentLanguage,
  image: z
    .object({
      alt: optionalText,
      asset: z.object({ _id: z.string(), width: z.number(), height: z.number() }),
    })
    .nullish()
    .catch(null),
  appearances: refList(appearance),
  programme: refList(
    z.object({
      _key: z.string(),
      title: z.string(),
      start: instant,
      end: instant.nullish(),
      description: optionalText,
      lang: fieldLangs('title', 'description'),
      people: refList(personRef),
    }),
  ),
  resources: refList(
    z.object({ _key: z.string(), url: z.string(), label: z.string(), lang: fieldLangs('label') }),
  ),
  initiatives: refList(titledRef.extend({ status: optionalText })),
  topics: refList(titledRef),
})

export type EventDetail = z.infer<typeof eventDetail>
export type Appearance = z.infer<typeof appearance>
export { eventCard }

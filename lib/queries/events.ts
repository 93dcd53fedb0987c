import { defineQuery } from 'next-sanity'
import { z } from 'zod'
import { registrationModeValues } from '../event-options'
import { roles } from '../roles'
import {
  eventCard as eventCardProjection,
  imageFields,
  organisationRef as organisationProjection,
  personRef as personProjection,
  t,
  topicRef,
} from './fragments'
import {
  eventCard,
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
  .object({ upcoming: z.array(z.string()).catch([]), past: z.array(z.string()).catch([]) })
  .catch({ upcoming: [], past: [] })

export const eventQuery = defineQuery(`
  *[_type == "event" && slug.current == $slug][0]{
    ...${eventCardProjection},
    _updatedAt,
    previousStart,
    venue{ name, address, city, country, mapUrl },
    onlineUrl,
    "registration": registration{ mode, url, deadline, "note": ${t('note')} },
    "recording": recording{ url, provider, duration },
    "body": ${t('body')},
    "image": image${imageFields},
    "appearances": appearances[]{
      _key,
      role,
      "roleLabel": ${t('roleLabel')},
      "position": ${t('position')},
      "person": person->${personProjection},
      "affiliation": affiliation->${organisationProjection}
    },
    "programme": programme[]{
      _key,
      "title": ${t('title')},
      start,
      end,
      "description": ${t('description')},
      "people": people[]->${personProjection}
    } | order(start asc),
    "resources": resources[]{ _key, url, "label": ${t('label')} },
    "initiatives": initiatives[]->{ _id, "slug": slug.current, "title": ${t('title')}, status },
    "topics": topics[]->${topicRef}
  }
`)

const appearance = z.object({
  _key: z.string(),
  role: z.enum(roles).catch('speaker'),
  roleLabel: optionalText,
  position: optionalText,
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
    })
    .nullish()
    .catch(null),
  recording: z
    .object({ url: z.string(), provider: optionalText, duration: z.number().nullish() })
    .nullish()
    .catch(null),
  body: portableText.nullish().catch(null),
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
      people: refList(personRef),
    }),
  ),
  resources: refList(z.object({ _key: z.string(), url: z.string(), label: z.string() })),
  initiatives: refList(titledRef.extend({ status: optionalText })),
  topics: refList(titledRef),
})

export type EventDetail = z.infer<typeof eventDetail>
export type Appearance = z.infer<typeof appearance>
export { eventCard }

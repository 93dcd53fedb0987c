import { defineQuery } from 'next-sanity'
import { z } from 'zod'
import { roles } from '../roles'
import { eventCard as eventCardProjection, langs, organisationRef, personRef, t } from './fragments'
import {
  eventCard,
  fieldLangs,
  optionalText,
  organisationRef as organisationShape,
  personRef as personShape,
  refList,
} from './schemas'

const published = /* groq */ `_type == "person" && defined(slug.current)`

export const peopleListQuery = defineQuery(`{
  "total": count(*[${published}]),
  "items": *[${published}] | order(name asc, _id asc) [$start...$end] {
    ...${personRef},
    "position": ${t('position')},
    ${langs('honorific', 'position')},
    "organisation": organisation->${organisationRef},
    "events": count(*[_type == "event" && defined(slug.current) && references(^._id)])
  }
}`)

export const personSlugsQuery = defineQuery(`
  *[${published}] | order(_updatedAt desc) [0...$limit].slug.current
`)

/** Who a link to the events list names (`?person=slug`): just enough to filter and say so. */
export const personNameQuery = defineQuery(`
  *[${published} && slug.current == $slug][0]${personRef}
`)

export const personQuery = defineQuery(`
  *[${published} && slug.current == $slug][0]{
    ...${personRef},
    "position": ${t('position')},
    "bio": ${t('bio')},
    ${langs('honorific', 'position', 'bio')},
    "organisation": organisation->${organisationRef},
    "links": links[]{ _key, url, "label": ${t('label')}, ${langs('label')} }
  }
`)

/** Every event the person appears at, with their role(s) and affiliation there. */
export const personAppearancesQuery = defineQuery(`
  *[_type == "event" && references($id) && defined(slug.current) && $id in appearances[].person._ref]
    | order(start desc, _id asc) {
      ...${eventCardProjection},
      "upcoming": dateTime(end) >= dateTime(now()),
      "roles": appearances[person._ref == $id]{
        _key,
        role,
        "roleLabel": ${t('roleLabel')},
        "position": ${t('position')},
        ${langs('roleLabel', 'position')},
        "affiliation": affiliation->${organisationRef}
      }
    }
`)

export const personListItem = personShape.extend({
  position: optionalText,
  lang: fieldLangs('honorific', 'position'),
  organisation: organisationShape.nullish().catch(null),
  events: z.number().catch(0),
})

export const personDetail = personShape.extend({
  position: optionalText,
  bio: optionalText,
  lang: fieldLangs('honorific', 'position', 'bio'),
  organisation: organisationShape.nullish().catch(null),
  // Only web and mail links are shown; anything else (javascript:, data:) is dropped.
  links: refList(
    z.object({
      _key: z.string(),
      url: z.string().regex(/^(https?:|mailto:)/i),
      label: z.string(),
      lang: fieldLangs('label'),
    }),
  ),
})

export const appearanceRole = z.object({
  _key: z.string(),
  role: z.enum(roles).catch('speaker'),
  roleLabel: optionalText,
  position: optionalText,
  lang: fieldLangs('roleLabel', 'position'),
  affiliation: organisationShape.nullish().catch(null),
})

export const personAppearance = eventCard.extend({
  upcoming: z.boolean().catch(false),
  roles: refList(appearanceRole),
})

export type PersonListItem = z.infer<typeof personListItem>
export type PersonAppearance = z.infer<typeof personAppearance>

import { defineQuery } from 'next-sanity'
import { z } from 'zod'
import { eventListProjection } from './event-list'
import { langs, t } from './fragments'
import { initiativeCardProjection } from './initiatives'
import { fieldLangs, optionalText } from './schemas'

const listed = /* groq */ `_type == "event" && defined(slug.current)`

/**
 * The home page in one query: site settings with the featured initiatives, the next
 * events, the most recent ones (shown when nothing is coming up) and the latest recordings.
 */
export const homeQuery = defineQuery(`{
  "settings": *[_type == "siteSettings"][0]{
    "title": ${t('title')},
    "description": ${t('description')},
    ${langs('title', 'description')},
    "featured": featuredInitiatives[]->${initiativeCardProjection}
  },
  "upcoming": *[${listed} && dateTime(end) >= dateTime(now())]
    | order(start asc, _id asc) [0...$limit] ${eventListProjection},
  "recent": *[${listed} && dateTime(end) < dateTime(now())]
    | order(start desc, _id asc) [0...$limit] ${eventListProjection},
  "recordings": *[${listed} && dateTime(end) < dateTime(now()) && defined(recording.url)]
    | order(start desc, _id asc) [0...$recordings] {
      ...${eventListProjection},
      "recording": recording{ url, provider }
    }
}`)

export const homeResult = z
  .object({
    settings: z
      .object({
        title: optionalText,
        description: optionalText,
        lang: fieldLangs('title', 'description'),
        featured: z.array(z.unknown()).nullish().catch(null),
      })
      .nullish()
      .catch(null),
    upcoming: z.array(z.unknown()).catch([]),
    recent: z.array(z.unknown()).catch([]),
    recordings: z.array(z.unknown()).catch([]),
  })
  .catch({ settings: null, upcoming: [], recent: [], recordings: [] })

export const recordingShape = z.object({
  url: z.string().regex(/^https?:/i),
  provider: optionalText,
})

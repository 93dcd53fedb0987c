import { defineQuery } from 'next-sanity'
import { z } from 'zod'
import { eventCard as eventCardProjection, langs, t, topicRef } from './fragments'
import { eventCard, instant, optionalText, refList, titledRef } from './schemas'

/**
 * Events as feeds and calendars need them: the card, plus where to go (venue, join link,
 * recording), topics as categories and the last edit for DTSTAMP / <updated>.
 */
const feedEventProjection = /* groq */ `{
  ...${eventCardProjection},
  _updatedAt,
  onlineUrl,
  venue{ "name": ${t('name')}, address, city, country },
  "recording": recording{ url, provider },
  "topics": topics[]->${topicRef}
}`

const published = /* groq */ `_type == "event" && defined(slug.current)`

export const feedEventsQuery = defineQuery(`
  *[${published}] | order(start desc) [0...$limit] ${feedEventProjection}
`)

export const seriesFeedQuery = defineQuery(`
  *[_type == "eventSeries" && slug.current == $slug][0]{
    _id,
    "slug": slug.current,
    "title": ${t('title')},
    ${langs('title')},
    "events": *[${published} && series._ref == ^._id] | order(start desc) [0...$limit]
      ${feedEventProjection}
  }
`)

export const topicFeedQuery = defineQuery(`
  *[_type == "topic" && slug.current == $slug][0]{
    _id,
    "slug": slug.current,
    "title": ${t('title')},
    ${langs('title')},
    "events": *[${published} && ^._id in topics[]._ref] | order(start desc) [0...$limit]
      ${feedEventProjection}
  }
`)

export const feedEvent = eventCard.extend({
  _updatedAt: instant.nullish().catch(null),
  onlineUrl: optionalText,
  venue: z
    .object({
      name: optionalText,
      address: optionalText,
      city: optionalText,
      country: optionalText,
    })
    .nullish()
    .catch(null),
  recording: z.object({ url: z.string(), provider: optionalText }).nullish().catch(null),
  topics: refList(titledRef),
})

export const feedCollection = titledRef.extend({ events: z.array(z.unknown()).nullish() })

export type FeedEvent = z.infer<typeof feedEvent>

export const seriesSlugsQuery = defineQuery(`
  *[_type == "eventSeries" && defined(slug.current)] | order(_updatedAt desc) [0...$limit].slug.current
`)

export const topicSlugsQuery = defineQuery(`
  *[_type == "topic" && defined(slug.current)] | order(_updatedAt desc) [0...$limit].slug.current
`)

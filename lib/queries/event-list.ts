import { defineQuery } from 'next-sanity'
import { z } from 'zod'
import { eventCard as eventCardProjection, langs, t, topicRef } from './fragments'
import { eventCard, organisationRef as organisationShape, refList, titledRef } from './schemas'

/** What free text searches; `$segmented` is the Content Lake's reading of Chinese (search-pattern.ts). */
const text = /* groq */ `([${t('title')}, ${t('summary')}] + coalesce(appearances[].person->name, []))`

/**
 * The events list. Every filter is a parameter that is null when unused, so one query
 * text serves all combinations (on both backends). Free text matches the title, summary
 * and the names of the people appearing. An event without a valid start and end is neither
 * listed nor counted: its page could not show it either.
 */
const matches = /* groq */ `_type == "event" && defined(slug.current)
  && dateTime(start) < dateTime(end)
  && ($topic == null || $topic in topics[]._ref)
  && ($series == null || series._ref == $series)
  && ($organisation == null || $organisation in organisers[]._ref)
  && ($person == null || $person in appearances[].person._ref)
  && ($modes == null || attendanceMode in $modes)
  && ($from == null || dateTime(start) >= dateTime($from))
  && ($until == null || dateTime(start) < dateTime($until))
  && ($pattern == null || ${text} match $pattern || ${text} match $segmented)`

const inView = /* groq */ `($when != "upcoming" || dateTime(end) >= dateTime(now()))
  && ($when != "past" || dateTime(end) < dateTime(now()))`

/** An event as lists show it: the card, plus where. */
export const eventListProjection = /* groq */ `{
  ...${eventCardProjection},
  venue{ city, country }
}`

const counts = /* groq */ `
  "total": count(*[${matches} && ${inView}]),
  "past": count(*[${matches} && dateTime(end) < dateTime(now())])`

/** Upcoming events soonest first; past ones and year archives newest first. */
export const eventListAscQuery = defineQuery(`{
  ${counts},
  "items": *[${matches} && ${inView}] | order(start asc, _id asc) [$start...$end] ${eventListProjection}
}`)

export const eventListDescQuery = defineQuery(`{
  ${counts},
  "items": *[${matches} && ${inView}] | order(start desc, _id asc) [$start...$end] ${eventListProjection}
}`)

/**
 * What the filter form offers: every topic and series, and each organisation that
 * organises a listed event, once, with how many (the menu shows the busiest). Asking from
 * the organisation's side (a point-back to the events naming it) reads a few events per
 * organisation instead of every event's organisers.
 */
export const eventFacetsQuery = defineQuery(`{
  "topics": *[_type == "topic" && defined(slug.current)] ${topicRef},
  "series": *[_type == "eventSeries" && defined(slug.current)]{
    _id,
    "slug": slug.current,
    "title": ${t('title')},
    ${langs('title')},
    "latest": *[_type == "event" && defined(slug.current) && series._ref == ^._id]
      | order(start desc)[0].start
  },
  "organisers": *[_type == "organisation"]{
    _id,
    "slug": slug.current,
    "name": ${t('name')},
    "acronym": ${t('acronym')},
    ${langs('name', 'acronym')},
    "events": count(*[_type == "event" && defined(slug.current) && ^._id in organisers[]._ref])
  }[events > 0],
  "starts": *[_type == "event" && defined(slug.current)].start
}`)

export const eventListItem = eventCard.extend({
  venue: z
    .object({ city: z.string().nullish(), country: z.string().nullish() })
    .nullish()
    .catch(null),
})

export const eventListResult = z.object({
  total: z.number().catch(0),
  past: z.number().catch(0),
  items: z.array(z.unknown()).catch([]),
})

export const eventFacetsResult = z.object({
  topics: refList(titledRef),
  series: refList(titledRef.extend({ latest: z.string().nullish().catch(null) })),
  organisers: refList(organisationShape.extend({ events: z.number().catch(0) })),
  starts: z.array(z.unknown()).catch([]),
})

export type EventListItem = z.infer<typeof eventListItem>

import { defineQuery } from 'next-sanity'
import { z } from 'zod'
import { initiativeStatuses, searchTypes } from '../event-options'
import { langs, languageOf, organisationRef, t } from './fragments'
import {
  fieldLangs,
  instant,
  optionalText,
  organisationRef as organisationShape,
  pageSlug,
  timeZone,
} from './schemas'
import { attendanceModeValues, eventStatusValues } from '../event-options'

/**
 * Search across events, people, organisations and initiatives with GROQ `match` and
 * `score()`: a hit in the name or title counts most, then summaries, positions and the
 * names of the people at an event; whole words rank above prefixes. The same text runs in groq-js and the Content Lake.
 */
const title = /* groq */ `coalesce(title[$locale], title.en, name[$locale], name.en, name)`
const secondary = /* groq */ `[${t('subtitle')}, ${t('summary')}, ${t('position')}, ${t('description')}, ${t('acronym')}]`
// `$segmented` is the Content Lake's reading of Chinese (search-pattern.ts).
const text = /* groq */ `([${title}, ${t('acronym')}, ${t('subtitle')}, ${t('summary')}, ${t('position')}, ${t('description')}]
    + coalesce(appearances[].person->name, []))`
const searchable = (types: string) => /* groq */ `_type in ${types} && defined(slug.current)
  && (${text} match $pattern || ${text} match $segmented)`

// score() gets no joins: an event found only through a speaker's name ranks after direct hits.
export const searchQuery = defineQuery(`{
  "types": *[${searchable('$allTypes')}]._type,
  "items": *[${searchable('$types')}]
    | score(boost(${title} match $exact, 4), boost(${title} match $pattern, 3), boost(${title} match $segmented, 3), boost(${t('acronym')} match $pattern, 2), ${secondary} match $pattern)
    | order(_score desc, ${title} asc, _id asc) [$start...$end] {
      _id,
      _type,
      "slug": slug.current,
      "title": ${title},
      _type == "event" => { start, end, timeZone, attendanceMode, status, "summary": ${t('summary')}, ${langs('title', 'summary')} },
      _type == "person" => { "honorific": ${t('honorific')}, "position": ${t('position')}, ${langs('honorific', 'position')}, "organisation": organisation->${organisationRef} },
      _type == "organisation" => { "acronym": ${t('acronym')}, kind, "lang": { "title": ${languageOf('name')}, "acronym": ${languageOf('acronym')} } },
      _type == "initiative" => { status, "summary": ${t('summary')}, ${langs('title', 'summary')} }
    }
}`)

const base = { _id: z.string(), slug: pageSlug, title: z.string() }

export const searchHit = z.discriminatedUnion('_type', [
  z.object({
    ...base,
    _type: z.literal('event'),
    start: instant,
    end: instant,
    timeZone,
    attendanceMode: z.enum(attendanceModeValues).catch('inPerson'),
    status: z.enum(eventStatusValues).catch('scheduled'),
    summary: optionalText,
    lang: fieldLangs('title', 'summary'),
  }),
  z.object({
    ...base,
    _type: z.literal('person'),
    honorific: optionalText,
    position: optionalText,
    lang: fieldLangs('honorific', 'position'),
    organisation: organisationShape.nullish().catch(null),
  }),
  z.object({
    ...base,
    _type: z.literal('organisation'),
    acronym: optionalText,
    kind: optionalText,
    lang: fieldLangs('title', 'acronym'),
  }),
  z.object({
    ...base,
    _type: z.literal('initiative'),
    status: z.enum(initiativeStatuses).nullish().catch(null),
    summary: optionalText,
    lang: fieldLangs('title', 'summary'),
  }),
])

export const searchResult = z.object({
  types: z.array(z.enum(searchTypes).catch('event')).catch([]),
  items: z.array(z.unknown()).catch([]),
})

export type SearchHit = z.infer<typeof searchHit>

import { defineQuery } from 'next-sanity'
import { z } from 'zod'
import { instant, pageSlug } from './schemas'

/**
 * Every published page's slug and last edit. No `_id` is projected on purpose: the entry is
 * tagged by type, which a publish of any such document refreshes.
 */
const entries = (type: string, also = '') => /* groq */ `
  *[_type == "${type}" && defined(slug.current)${also}] | order(slug.current asc) {
    "slug": slug.current,
    _updatedAt
  }`

/** An event's page needs a start and an end that are dates; without them it is a 404. */
const hasDates = ' && defined(dateTime(start)) && defined(dateTime(end))'

export const sitemapQuery = defineQuery(`{
  "events": ${entries('event', hasDates)},
  "people": ${entries('person')},
  "organisations": ${entries('organisation')},
  "initiatives": ${entries('initiative')}
}`)

/** A last edit that is not a date is left out rather than written as `<lastmod>`. */
export const sitemapEntry = z.object({
  slug: pageSlug,
  _updatedAt: instant.nullish().catch(null),
})

export type SitemapEntry = z.infer<typeof sitemapEntry>

const list = z.array(z.unknown()).catch([])

/** The four lists; each item is then parsed on its own so one bad slug drops one address. */
export const sitemapResult = z
  .object({ events: list, people: list, organisations: list, initiatives: list })
  .catch({ events: [], people: [], organisations: [], initiatives: [] })

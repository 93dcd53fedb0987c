import type { Locale } from '../i18n/config'
import { fetchContent } from '../content/fetch'
import { lists } from '../listing/table'
import { parseList, parseOne } from '../content/parse'
import { tags } from '../content/tags'
import { listResult, pageSlice } from '../queries/list-result'
import { pageSlug, personRef } from '../queries/schemas'
import {
  peopleListQuery,
  personAppearance,
  personAppearancesQuery,
  personNameQuery,
  personDetail,
  personListItem,
  personQuery,
  personSlugsQuery,
} from '../queries/people'

export async function listPeople(locale: string, page: number) {
  'use cache'
  const data = await fetchContent(
    peopleListQuery,
    { locale, ...pageSlice(page, lists.people.perPage) },
    ['person', 'organisation', 'event'],
  )
  const result = listResult.parse(data)
  return { total: result.total, items: parseList(personListItem, result.items, 'person') }
}

/**
 * A person and every appearance. Tagged with `type:event`: a new event naming the person
 * must show up here, and no id in the current result would announce it.
 */
export async function getPerson(locale: string, slug: string) {
  'use cache'
  const data = await fetchContent(personQuery, { locale, slug }, [], [tags.slug('person', slug)])
  const person = parseOne(personDetail, data, 'person')
  if (!person) return null
  const appearances = await fetchContent(personAppearancesQuery, { locale, id: person._id }, [
    'event',
  ])
  return { ...person, appearances: parseList(personAppearance, appearances, 'event') }
}

/** The person a filtered events list names; null when no published person has the slug. */
export async function getPersonName(slug: string, locale: Locale) {
  'use cache'
  const data = await fetchContent(
    personNameQuery,
    { slug, locale },
    [],
    [tags.slug('person', slug)],
  )
  return parseOne(personRef, data, 'person')
}

/** Slugs to prerender at build time; the rest render on first request and are then cached. */
export async function listPersonSlugs(limit = 100) {
  'use cache'
  const data = await fetchContent(personSlugsQuery, { limit }, ['person'])
  return parseList(pageSlug, data, 'person slug')
}

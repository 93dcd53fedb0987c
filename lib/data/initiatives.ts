import { speakerAsMember, type Member } from '../queries/organisations'
import { fetchContent } from '../content/fetch'
import { lists } from '../listing/table'
import { parseList, parseOne } from '../content/parse'
import { tags } from '../content/tags'
import type { InitiativeStatus } from '../event-options'
import { eventListItem } from '../queries/event-list'
import {
  initiativeCard,
  initiativeDetail,
  initiativeListQuery,
  initiativeQuery,
  initiativeRelations,
  initiativeRelationsQuery,
  initiativeSlugsQuery,
} from '../queries/initiatives'
import { listResult, pageSlice } from '../queries/list-result'
import { pageSlug } from '../queries/schemas'

export async function listInitiatives(
  locale: string,
  status: InitiativeStatus | undefined,
  page: number,
) {
  'use cache'
  const data = await fetchContent(
    initiativeListQuery,
    { locale, status: status ?? null, ...pageSlice(page, lists.initiatives.perPage) },
    ['initiative', 'organisation', 'event'],
  )
  const result = listResult.parse(data)
  return { total: result.total, items: parseList(initiativeCard, result.items, 'initiative') }
}

/** An initiative with its events and their speakers (each person once, first role kept). */
export async function getInitiative(locale: string, slug: string) {
  'use cache'
  const data = await fetchContent(
    initiativeQuery,
    { locale, slug },
    [],
    [tags.slug('initiative', slug)],
  )
  const initiative = parseOne(initiativeDetail, data, 'initiative')
  if (!initiative) return null
  const related = await fetchContent(
    initiativeRelationsQuery,
    { locale, id: initiative._id, announcedAt: initiative.announcedAt?._id ?? null },
    ['event', 'person'],
  )
  const relations = initiativeRelations.parse(related)
  const people = new Map<string, Member>()
  for (const speaker of relations.people) {
    if (!people.has(speaker.person._id)) people.set(speaker.person._id, speakerAsMember(speaker))
  }
  return {
    ...initiative,
    events: parseList(eventListItem, relations.events, 'event'),
    people: [...people.values()],
  }
}

export async function listInitiativeSlugs(limit = 100) {
  'use cache'
  const data = await fetchContent(initiativeSlugsQuery, { limit }, ['initiative'])
  return parseList(pageSlug, data, 'initiative slug')
}

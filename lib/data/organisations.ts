import { fetchContent } from '../content/fetch'
import { lists } from '../listing/table'
import { parseList, parseOne } from '../content/parse'
import { tags } from '../content/tags'
import { listResult, pageSlice } from '../queries/list-result'
import { pageSlug, type FieldLanguages, type PersonRef } from '../queries/schemas'
import { eventListItem } from '../queries/event-list'
import {
  organisationDetail,
  organisationListItem,
  organisationListQuery,
  organisationQuery,
  organisationRelations,
  organisationRelationsQuery,
  organisationSlugsQuery,
  speakerAsMember,
  type Member,
} from '../queries/organisations'

/** Events shown each way on an organisation page; the events list has the rest. */
export const organisationEventsShown = 10

export async function listOrganisations(locale: string, page: number) {
  'use cache'
  const data = await fetchContent(
    organisationListQuery,
    { locale, ...pageSlice(page, lists.organisations.perPage) },
    ['organisation'],
  )
  const result = listResult.parse(data)
  return {
    total: result.total,
    items: parseList(organisationListItem, result.items, 'organisation'),
  }
}

/**
 * An organisation with its parts, people, events and initiatives. Tagged with the types
 * it lists, since a new person, event or initiative would not be named by any id here.
 */
export async function getOrganisation(locale: string, slug: string) {
  'use cache'
  const data = await fetchContent(
    organisationQuery,
    { locale, slug },
    [],
    [tags.slug('organisation', slug)],
  )
  const organisation = parseOne(organisationDetail, data, 'organisation')
  if (!organisation) return null
  const related = await fetchContent(
    organisationRelationsQuery,
    { locale, id: organisation._id, limit: organisationEventsShown, speakerEvents: 50 },
    ['organisation', 'person', 'event', 'initiative'],
  )
  const relations = organisationRelations.parse(related)
  return {
    ...organisation,
    ...relations,
    people: mergePeople(relations.members, relations.speakers),
    upcoming: parseList(eventListItem, relations.upcoming, 'event'),
    past: parseList(eventListItem, relations.past, 'event'),
  }
}

/** Current members first, then people who spoke for it at an event, each person once. */
function mergePeople(
  members: Member[],
  speakers: { position?: string; lang: FieldLanguages; person: PersonRef }[],
) {
  const people = new Map(members.map((member) => [member._id, member]))
  for (const speaker of speakers) {
    if (!people.has(speaker.person._id)) people.set(speaker.person._id, speakerAsMember(speaker))
  }
  return [...people.values()]
}

export async function listOrganisationSlugs(limit = 100) {
  'use cache'
  const data = await fetchContent(organisationSlugsQuery, { limit }, ['organisation'])
  return parseList(pageSlug, data, 'organisation slug')
}

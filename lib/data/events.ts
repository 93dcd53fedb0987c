import { fetchContent } from '../content/fetch'
import { parseList, parseOne } from '../content/parse'
import { tags } from '../content/tags'
import {
  eventCard,
  eventDetail,
  eventQuery,
  eventSlugs,
  eventSlugsQuery,
  pastEventsQuery,
  upcomingEventsQuery,
} from '../queries/events'
import { pageSlug } from '../queries/schemas'

const eventTypes = [
  'event',
  'eventSeries',
  'organisation',
  'person',
  'topic',
  'initiative',
] as const

export async function listUpcomingEvents(locale: string, limit = 20) {
  'use cache'
  const data = await fetchContent(upcomingEventsQuery, { locale, limit }, eventTypes)
  return parseList(eventCard, data, 'event')
}

export async function listPastEvents(locale: string, limit = 20) {
  'use cache'
  const data = await fetchContent(pastEventsQuery, { locale, limit }, eventTypes)
  return parseList(eventCard, data, 'event')
}

export async function getEvent(locale: string, slug: string) {
  'use cache'
  const data = await fetchContent(eventQuery, { locale, slug }, [], [tags.slug('event', slug)])
  return parseOne(eventDetail, data, 'event')
}

/**
 * Slugs to prerender at build time: up to `limit` upcoming and `limit` past events, nearest
 * first. The rest render on first request and are then cached.
 */
export async function listEventSlugs(limit = 100) {
  'use cache'
  const data = await fetchContent(eventSlugsQuery, { limit }, ['event'])
  const { upcoming, past } = eventSlugs.parse(data)
  return [
    ...parseList(pageSlug, upcoming, 'event slug'),
    ...parseList(pageSlug, past, 'event slug'),
  ]
}

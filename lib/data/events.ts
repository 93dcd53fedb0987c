import { z } from 'zod'
import { fetchContent } from '../content/fetch'
import { parseList, parseOne } from '../content/parse'
import { tags } from '../content/tags'
import {
  eventCard,
  eventDetail,
  eventQuery,
  eventSlugsQuery,
  pastEventsQuery,
  upcomingEventsQuery,
} from '../queries/events'

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

/** Slugs to prerender at build time; the rest render on first request and are then cached. */
export async function listEventSlugs(limit = 200) {
  'use cache'
  const data = await fetchContent(eventSlugsQuery, { limit }, ['event'])
  return parseList(z.string(), data, 'event slug')
}

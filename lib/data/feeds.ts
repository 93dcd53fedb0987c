import { cacheLife } from 'next/cache'
import { fetchContent } from '../content/fetch'
import { parseList, parseOne } from '../content/parse'
import { tags } from '../content/tags'
import { siteUrl } from '../env'
import { renderAtom } from '../atom'
import { eventsFeed } from '../feeds'
import type { Locale } from '../i18n/config'
import { format, getMessages } from '../i18n/messages'
import { calendarFile } from '../ics'
import { renderRss } from '../rss'
import {
  feedCollection,
  feedEvent,
  feedEventsQuery,
  seriesFeedQuery,
  seriesSlugsQuery,
  topicFeedQuery,
  topicSlugsQuery,
} from '../queries/feeds'
import { pageSlug } from '../queries/schemas'
import { getEvent } from './events'

/**
 * Feeds and calendar files, rendered inside `'use cache'` so route handlers serve a stored
 * body. The entries carry the type tags of everything they show: publishing an event,
 * series, topic or organisation refreshes them.
 */
const feedTypes = ['event', 'eventSeries', 'organisation', 'topic'] as const

/** Readers poll feeds for news: the 50 latest events are plenty. */
const readerLimit = 50
/** Calendars keep history; a cap keeps the file a sane size on very large datasets. */
const calendarLimit = 1000

async function latestEvents(locale: Locale, limit: number) {
  'use cache'
  const data = await fetchContent(feedEventsQuery, { locale, limit }, feedTypes)
  return parseList(feedEvent, data, 'event')
}

export async function eventsRss(locale: Locale): Promise<string> {
  'use cache'
  cacheLife('content')
  return renderRss(eventsFeed(await latestEvents(locale, readerLimit), { locale, siteUrl }))
}

export async function eventsAtom(locale: Locale): Promise<string> {
  'use cache'
  cacheLife('content')
  return renderAtom(eventsFeed(await latestEvents(locale, readerLimit), { locale, siteUrl }))
}

export async function eventsCalendar(locale: Locale): Promise<string> {
  'use cache'
  cacheLife('content')
  const events = await latestEvents(locale, calendarLimit)
  const calendarName = getMessages(locale).feeds.allEvents
  return calendarFile(events, { locale, siteUrl, calendarName })
}

export async function eventCalendar(locale: Locale, slug: string): Promise<string | null> {
  'use cache'
  cacheLife('content')
  const event = await getEvent(locale, slug)
  if (!event) return null
  return calendarFile([event], { locale, siteUrl, calendarName: event.title })
}

/** The calendar of one series or topic, or null when no published one has that slug. */
export async function collectionCalendar(
  kind: 'series' | 'topic',
  locale: Locale,
  slug: string,
): Promise<string | null> {
  'use cache'
  const query = kind === 'series' ? seriesFeedQuery : topicFeedQuery
  const type = kind === 'series' ? 'eventSeries' : 'topic'
  const params = { locale, slug, limit: calendarLimit }
  const data = await fetchContent(query, params, feedTypes, [tags.slug(type, slug)])
  const collection = parseOne(feedCollection, data, type)
  if (!collection) return null
  const events = parseList(feedEvent, collection.events, 'event')
  const { feeds } = getMessages(locale)
  const calendarName = format(locale, kind === 'series' ? feeds.series : feeds.topic, {
    title: collection.title,
  })
  return calendarFile(events, { locale, siteUrl, calendarName })
}

/** Series or topic slugs whose calendars are prerendered at build time. */
export async function listCollectionSlugs(kind: 'series' | 'topic', limit = 200) {
  'use cache'
  const query = kind === 'series' ? seriesSlugsQuery : topicSlugsQuery
  const type = kind === 'series' ? 'eventSeries' : 'topic'
  const data = await fetchContent(query, { limit }, [type])
  return parseList(pageSlug, data, `${type} slug`)
}

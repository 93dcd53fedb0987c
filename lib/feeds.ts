import type { Locale } from './i18n/config'
import { getMessages } from './i18n/messages'
import { eventHeadline, eventText, eventWhen } from './event-text'
import { oneLine, plainText } from './plain-text'
import type { FeedEvent } from './queries/feeds'
import { absoluteUrl, paths } from './seo/urls'

/**
 * The feed of events, as plain text, before it is written as RSS 2.0 (lib/rss.ts) or
 * Atom 1.0 (lib/atom.ts). Entries are events, newest start first; an entry's date is its
 * last edit, so readers notice a cancellation or a new recording on an old event. Every
 * value is text as a reader should see it: each format escapes it for its own fields.
 */
export type FeedOptions = { locale: Locale; siteUrl: string }

export type FeedEntry = {
  id: string
  link: string
  title: string
  updated: Date
  /** When, what and, where shown in English, a note saying so: one paragraph. */
  summary: string
  /** The full account (lib/event-text.ts), one paragraph each. */
  paragraphs: string[]
  categories: { term: string; label: string; scheme: string }[]
  authors: { name: string; uri: string }[]
}

export type EventsFeed = {
  id: string
  link: string
  title: string
  description: string
  language: Locale
  updated: Date
  self: { rss: string; atom: string }
  entries: FeedEntry[]
}

function lastEdit(event: FeedEvent): Date {
  return new Date(event._updatedAt ?? event.start)
}

export function eventsFeed(events: FeedEvent[], { locale, siteUrl }: FeedOptions): EventsFeed {
  const messages = getMessages(locale)
  const url = (path: string) => absoluteUrl(path, siteUrl)
  const updated = events.reduce(
    (latest, event) => (lastEdit(event) > latest ? lastEdit(event) : latest),
    new Date(0),
  )
  return {
    id: url(paths.events(locale)),
    link: url(paths.events(locale)),
    title: messages.feeds.allEvents,
    description: messages.feeds.allEventsDescription,
    language: locale,
    updated,
    self: { rss: url(paths.rss(locale)), atom: url(paths.atom(locale)) },
    entries: events.map((event) => entry(event, locale, url)),
  }
}

function entry(event: FeedEvent, locale: Locale, url: (path: string) => string): FeedEntry {
  const link = url(paths.event(locale, event.slug))
  return {
    id: link,
    link,
    title: oneLine(eventHeadline(event, locale)),
    updated: lastEdit(event),
    summary: plainText(
      [eventWhen(event, locale), event.summary, untranslatedNote(event, locale)]
        .filter(Boolean)
        .join('. '),
    ),
    paragraphs: eventText(event, locale, link).map(plainText),
    categories: event.topics.map((topic) => ({
      term: topic.slug,
      label: oneLine(topic.title),
      scheme: url(paths.eventsByTopic(locale, topic.slug)),
    })),
    authors: event.organisers.map((organisation) => ({
      name: oneLine(organisation.name),
      uri: url(paths.organisation(locale, organisation.slug)),
    })),
  }
}

/**
 * A feed has one language; an entry whose title or summary is shown in English on a page in
 * another language says so, in the feed's language, as the page does.
 */
function untranslatedNote(event: FeedEvent, locale: Locale): string | undefined {
  const fellBack = [event.lang.title, event.lang.summary].some((lang) => lang && lang !== locale)
  return fellBack ? getMessages(locale).site.untranslated : undefined
}

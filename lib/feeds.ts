import { Feed } from 'feed'
import type { Locale } from './i18n/config'
import { getMessages } from './i18n/messages'
import { eventHeadline, eventText, eventWhen } from './event-text'
import type { FeedEvent } from './queries/feeds'
import { absoluteUrl, paths } from './seo/urls'

/**
 * RSS 2.0 and Atom 1.0 of events with the `feed` package. Entries are events, newest start
 * first; an entry's date is its last edit, so readers notice a cancellation or a new
 * recording on an old event.
 */
export type FeedOptions = { locale: Locale; siteUrl: string }

function lastEdit(event: FeedEvent): Date {
  return new Date(event._updatedAt ?? event.start)
}

export function eventsFeed(events: FeedEvent[], { locale, siteUrl }: FeedOptions): Feed {
  const messages = getMessages(locale)
  const url = (path: string) => absoluteUrl(path, siteUrl)
  const updated = events.reduce(
    (latest, event) => (lastEdit(event) > latest ? lastEdit(event) : latest),
    new Date(0),
  )
  const feed = new Feed({
    id: url(paths.events(locale)),
    link: url(paths.events(locale)),
    title: messages.feeds.allEvents,
    description: messages.feeds.allEventsDescription,
    language: locale,
    updated,
    generator: 'Event Portal',
    feedLinks: { rss: url(paths.rss(locale)), atom: url(paths.atom(locale)) },
  })
  for (const event of events) {
    const link = url(paths.event(locale, event.slug))
    feed.addItem({
      id: link,
      link,
      title: eventHeadline(event, locale),
      date: lastEdit(event),
      description: [eventWhen(event, locale), event.summary, untranslatedNote(event, locale)]
        .filter(Boolean)
        .join('. '),
      content: eventText(event, locale, link)
        .map((line) => `<p>${escapeHtml(line)}</p>`)
        .join(''),
      category: event.topics.map((topic) => ({
        name: topic.title,
        term: topic.slug,
        domain: url(paths.eventsByTopic(locale, topic.slug)),
      })),
      author: event.organisers.map((organisation) => ({
        name: organisation.name,
        link: url(paths.organisation(locale, organisation.slug)),
      })),
    })
  }
  return feed
}

/**
 * A feed has one language; an entry whose title or summary is shown in English on a page in
 * another language says so, in the feed's language, as the page does.
 */
function untranslatedNote(event: FeedEvent, locale: Locale): string | undefined {
  const fellBack = [event.lang.title, event.lang.summary].some((lang) => lang && lang !== locale)
  return fellBack ? getMessages(locale).site.untranslated : undefined
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

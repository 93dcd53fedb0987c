import type { EventsFeed, FeedEntry } from './feeds'
import {
  emptyElement,
  escapeHtml,
  htmlParagraphs,
  parentElement,
  textElement,
  xmlDeclaration,
} from './xml'

/**
 * RSS 2.0. Titles are plain text; `description` and `content:encoded` are HTML by the
 * specification, so the text is HTML-escaped first and then XML-escaped: a reader that
 * decodes both shows `<b>` typed by an editor as those characters, never as bold.
 * Organisers go into `dc:creator`, since RSS's own `author` must be an e-mail address.
 */
const namespaces = {
  version: '2.0',
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
}

function item(entry: FeedEntry): string {
  return parentElement('item', {}, [
    textElement('title', entry.title),
    textElement('link', entry.link),
    textElement('guid', entry.id, { isPermaLink: 'false' }),
    textElement('pubDate', entry.updated.toUTCString()),
    textElement('description', escapeHtml(entry.summary)),
    textElement('content:encoded', htmlParagraphs(entry.paragraphs)),
    ...entry.authors.map((author) => textElement('dc:creator', author.name)),
    ...entry.categories.map((category) =>
      textElement('category', category.label, { domain: category.scheme }),
    ),
  ])
}

export function renderRss(feed: EventsFeed): string {
  const channel = parentElement('channel', {}, [
    textElement('title', feed.title),
    textElement('link', feed.link),
    textElement('description', feed.description),
    textElement('language', feed.language),
    textElement('lastBuildDate', feed.updated.toUTCString()),
    textElement('docs', 'https://www.rssboard.org/rss-specification'),
    textElement('generator', 'Event Portal'),
    emptyElement('atom:link', { href: feed.self.rss, rel: 'self', type: 'application/rss+xml' }),
    ...feed.entries.map(item),
  ])
  return `${xmlDeclaration}${parentElement('rss', namespaces, [channel])}\n`
}

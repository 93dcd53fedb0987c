import type { EventsFeed, FeedEntry } from './feeds'
import { emptyElement, htmlParagraphs, parentElement, textElement, xmlDeclaration } from './xml'

/**
 * Atom 1.0 (RFC 4287). Title and summary are `type="text"`: readers show them exactly as
 * written, markup included, with no second decoding step to get wrong. Only the content is
 * `type="html"`, paragraphs of HTML-escaped text.
 */
function entry(item: FeedEntry): string {
  return parentElement('entry', {}, [
    textElement('title', item.title, { type: 'text' }),
    textElement('id', item.id),
    emptyElement('link', { rel: 'alternate', type: 'text/html', href: item.link }),
    textElement('updated', item.updated.toISOString()),
    textElement('summary', item.summary, { type: 'text' }),
    textElement('content', htmlParagraphs(item.paragraphs), { type: 'html' }),
    ...item.authors.map((author) =>
      parentElement('author', {}, [
        textElement('name', author.name),
        textElement('uri', author.uri),
      ]),
    ),
    ...item.categories.map((category) =>
      emptyElement('category', {
        term: category.term,
        label: category.label,
        scheme: category.scheme,
      }),
    ),
  ])
}

export function renderAtom(feed: EventsFeed): string {
  const document = parentElement(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.language },
    [
      textElement('id', feed.id),
      textElement('title', feed.title, { type: 'text' }),
      textElement('subtitle', feed.description, { type: 'text' }),
      textElement('updated', feed.updated.toISOString()),
      textElement('generator', 'Event Portal'),
      emptyElement('link', { rel: 'alternate', type: 'text/html', href: feed.link }),
      emptyElement('link', { rel: 'self', type: 'application/atom+xml', href: feed.self.atom }),
      ...feed.entries.map(entry),
    ],
  )
  return `${xmlDeclaration}${document}\n`
}

import { defineDocuments, defineLocations, type DocumentLocation } from 'sanity/presentation'
import { defaultLocale } from '../../lib/i18n/config'
import { documentPath, listingPath, pageSegments, type PageType } from './paths'

/**
 * Tells the Presentation tool which site pages show a document ("Used on") and which
 * document a page is about, so opening a page selects the document to edit.
 */
const titleField: Record<PageType, string> = {
  event: 'title.en',
  person: 'name',
  organisation: 'name.en',
  initiative: 'title.en',
}

const listingTitles: Record<PageType, string> = {
  event: 'All events',
  person: 'All people',
  organisation: 'All organisations',
  initiative: 'All initiatives',
}

export function locationsFor(
  type: PageType,
  value: { title?: unknown; slug?: unknown } | null,
): { locations?: DocumentLocation[]; message?: string; tone?: 'caution' } {
  const href = documentPath(type, value?.slug)
  if (!href) {
    return { message: 'Add a web address (slug) to preview this page.', tone: 'caution' }
  }
  const title = typeof value?.title === 'string' && value.title ? value.title : 'Untitled'
  const locations: DocumentLocation[] = [
    { title, href },
    { title: listingTitles[type], href: listingPath(type) },
  ]
  if (type === 'event') locations.push({ title: 'Home page', href: `/${defaultLocale}` })
  return { locations }
}

function locationResolver(type: PageType) {
  return defineLocations({
    select: { title: titleField[type], slug: 'slug.current' },
    resolve: (value) => locationsFor(type, value),
  })
}

export const locations = {
  event: locationResolver('event'),
  person: locationResolver('person'),
  organisation: locationResolver('organisation'),
  initiative: locationResolver('initiative'),
}

export const mainDocuments = defineDocuments(
  Object.entries(pageSegments).map(([type, segment]) => ({
    route: `/:locale/${segment}/:slug`,
    filter: `_type == "${type}" && slug.current == $slug`,
  })),
)

import { attendanceModeSchemaOrg, eventStatusSchemaOrg } from '../event-options'
import { isWebLink } from '../event-text'
import type { Locale } from '../i18n/config'
import type { EventDetail } from '../queries/events'
import { zonedIso } from '../zoned-time'
import { absoluteUrl, paths } from './urls'

/**
 * schema.org `Event` for search engines. Dates carry the event zone's offset
 * (2021-09-23T09:00:00-04:00) so the wall-clock time and the instant are both exact.
 */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined }
export type JsonLd = { [key: string]: Json | undefined }

function place(event: EventDetail): JsonLd | undefined {
  const venue = event.venue
  if (!venue?.name) return undefined
  return {
    '@type': 'Place',
    name: venue.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: venue.address,
      addressLocality: venue.city,
      addressCountry: venue.country,
    },
    hasMap: isWebLink(venue.mapUrl) ? venue.mapUrl : undefined,
  }
}

function locations(event: EventDetail, pageUrl: string): JsonLd[] {
  const physical = place(event)
  // Search engines want a URL for an online event; without a join link the page is where to go.
  const virtual: JsonLd = {
    '@type': 'VirtualLocation',
    url: isWebLink(event.onlineUrl) ? event.onlineUrl : pageUrl,
  }
  if (event.attendanceMode === 'inPerson') return physical ? [physical] : []
  if (event.attendanceMode === 'online') return [virtual]
  return physical ? [physical, virtual] : [virtual]
}

export function eventJsonLd(event: EventDetail, locale: Locale, siteUrl: string): JsonLd {
  const url = (path: string) => absoluteUrl(path, siteUrl)
  const pageUrl = url(paths.event(locale, event.slug))
  const where = locations(event, pageUrl)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${pageUrl}#event`,
    name: event.title,
    alternateName: event.subtitle,
    description: event.summary ?? event.subtitle,
    url: pageUrl,
    // The language the event's text is in: the page's, or English where it is not translated.
    inLanguage: event.lang.title ?? locale,
    image: [url(paths.eventImage(locale, event.slug))],
    startDate: zonedIso(event.start, event.timeZone),
    endDate: zonedIso(event.end, event.timeZone),
    previousStartDate: event.previousStart
      ? zonedIso(event.previousStart, event.timeZone)
      : undefined,
    eventStatus: eventStatusSchemaOrg[event.status],
    eventAttendanceMode: attendanceModeSchemaOrg[event.attendanceMode],
    location: where.length > 1 ? where : where[0],
    organizer: event.organisers.map((organisation) => ({
      '@type': 'Organization',
      name: organisation.name,
      alternateName: organisation.acronym,
      url: url(paths.organisation(locale, organisation.slug)),
    })),
    performer: event.appearances.map((appearance) => ({
      '@type': 'Person',
      name: appearance.person.name,
      honorificPrefix: appearance.person.honorific,
      jobTitle: appearance.position,
      url: url(paths.person(locale, appearance.person.slug)),
      affiliation: appearance.affiliation
        ? {
            '@type': 'Organization',
            name: appearance.affiliation.name,
            url: url(paths.organisation(locale, appearance.affiliation.slug)),
          }
        : undefined,
    })),
    superEvent: event.series
      ? {
          '@type': 'EventSeries',
          name: event.series.title,
          url: url(paths.eventsBySeries(locale, event.series.slug)),
        }
      : undefined,
    about: event.topics.map((topic) => ({ '@type': 'Thing', name: topic.title })),
    recordedIn:
      event.recording && isWebLink(event.recording.url)
        ? { '@type': 'CreativeWork', url: event.recording.url, name: event.recording.provider }
        : undefined,
  }
}

/** JSON for a <script> element: `<` is escaped so content can never close the tag. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

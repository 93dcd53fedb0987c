import { ArchiveIcon, CalendarIcon, ClockIcon, EditIcon, StackIcon } from '@sanity/icons'
import type { ListItemBuilder, StructureBuilder } from 'sanity/structure'
import { eventInSeriesTemplate } from '../templates/event-in-series'

/**
 * Event filters for the Studio's lists. An event counts as upcoming until it ends. Lists
 * take `$now` as a parameter, set each time the list opens, rather than calling `now()`:
 * the Studio also sends the filter to the real-time listener, which is kept simple.
 */
export const eventFilters = {
  upcoming: '_type == "event" && dateTime(coalesce(end, start)) >= dateTime($now)',
  past: '_type == "event" && dateTime(coalesce(end, start)) < dateTime($now)',
  // With the Studio's default perspective, ids are shown without the `drafts.` prefix;
  // `_originalId` keeps it. The listener sees raw ids, hence both.
  drafts: '_type == "event" && (_id in path("drafts.**") || _originalId in path("drafts.**"))',
  inSeries: '_type == "event" && series._ref == $seriesId',
}

const byStartAsc = [{ field: 'start', direction: 'asc' as const }]
const byStartDesc = [{ field: 'start', direction: 'desc' as const }]

function eventList(S: StructureBuilder, id: string, title: string, filter: string) {
  return S.documentTypeList('event').id(id).title(title).filter(filter).apiVersion('2025-02-19')
}

export function eventsItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('events')
    .title('Events')
    .icon(CalendarIcon)
    .child(
      S.list()
        .id('events')
        .title('Events')
        .items([
          S.listItem()
            .id('upcoming')
            .title('Upcoming')
            .icon(CalendarIcon)
            .child(() =>
              eventList(S, 'upcoming', 'Upcoming events', eventFilters.upcoming)
                .params({ now: new Date().toISOString() })
                .defaultOrdering(byStartAsc),
            ),
          S.listItem()
            .id('past')
            .title('Past')
            .icon(ArchiveIcon)
            .child(() =>
              eventList(S, 'past', 'Past events', eventFilters.past)
                .params({ now: new Date().toISOString() })
                .defaultOrdering(byStartDesc),
            ),
          S.listItem()
            .id('drafts')
            .title('Drafts (unpublished changes)')
            .icon(EditIcon)
            .child(() =>
              eventList(
                S,
                'drafts',
                'Events with unpublished changes',
                eventFilters.drafts,
              ).defaultOrdering([{ field: '_updatedAt', direction: 'desc' }]),
            ),
          S.listItem()
            .id('by-series')
            .title('By series')
            .icon(StackIcon)
            .child(
              S.documentTypeList('eventSeries')
                .id('by-series')
                .title('Event series')
                .child((seriesId) =>
                  eventList(S, `series-${seriesId}`, 'Events in this series', eventFilters.inSeries)
                    .params({ seriesId })
                    .defaultOrdering(byStartDesc)
                    .initialValueTemplates([
                      S.initialValueTemplateItem(eventInSeriesTemplate.id, { seriesId }),
                    ]),
                ),
            ),
          S.divider(),
          S.listItem()
            .id('all-events')
            .title('All events')
            .icon(ClockIcon)
            .child(S.documentTypeList('event').title('All events').defaultOrdering(byStartDesc)),
        ]),
    )
}

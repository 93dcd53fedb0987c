import type { z } from 'zod'
import { attendanceModeValues, initiativeStatuses, searchTypes } from '../event-options'
import { locales } from '../i18n/config'
import { choiceField, field, slugField, textField, whenField } from './fields'
import { defineList, type RoutedList, type StaticViews } from './spec'

/**
 * The public lists in one table. Everything that routes them derives from it: the rewrites in
 * next.config.ts (lib/listing/rewrites.ts), the proxy's matcher (generated into proxy.ts by
 * `npm run gen:routes`), each list page's static params and internal route
 * (lib/listing/routing.ts) and the navigation's section marking. Add a filter key to a list's
 * `query`, a list (and its page under app/[locale]/listing/), or a statically served view
 * here, then run `npm run gen:routes`; a locale is added in lib/i18n/config.ts.
 */
const maxPage = 10_000

const list = <Shape extends z.ZodRawShape>(options: {
  query: Shape
  perPage: number
  views?: StaticViews
}) => defineList({ ...options, maxPage })

export const listTable = {
  locales,
  /** Lists are served from `/{locale}/{internalPrefix}/{list}/…`, behind their address. */
  internalPrefix: 'listing',
  /** First path segments that are not pages: no locale, and the proxy stays out. */
  notPages: ['studio', 'api', '_next', 'images'],
  /** The highest page number offered (a power of ten): more than any list here holds. */
  maxPage,
  lists: {
    /** Upcoming by default; `when` also takes past, all, or a year (the archive). */
    events: list({
      perPage: 20,
      query: {
        q: field(textField),
        topic: field(slugField),
        series: field(slugField),
        organisation: field(slugField),
        person: field(slugField),
        attendance: field(choiceField(attendanceModeValues)),
        when: field(whenField),
      },
      views: { key: 'when', values: ['past'] },
    }),
    search: list({
      perPage: 20,
      query: { q: field(textField), type: field(choiceField(searchTypes)) },
    }),
    people: list({ perPage: 50, query: {} }),
    organisations: list({ perPage: 50, query: {} }),
    initiatives: list({
      perPage: 20,
      query: { status: field(choiceField(initiativeStatuses)) },
    }),
  },
} satisfies ListTable

/** The shape every routing function reads, so tests can route a table of their own. */
export type ListTable = {
  locales: readonly string[]
  internalPrefix: string
  notPages: readonly string[]
  maxPage: number
  lists: Record<string, RoutedList>
}

export const lists = listTable.lists
export type ListName = keyof typeof lists

export type EventListQuery = ReturnType<typeof lists.events.read>
export type SearchQuery = ReturnType<typeof lists.search.read>
export type InitiativeListQuery = ReturnType<typeof lists.initiatives.read>

import type { InitialValueResolverContext, Template } from 'sanity'
import { z } from 'zod'

/**
 * "New event" inside a series: the event starts linked to the series, with the series'
 * organisers and time zone, so staff do not re-enter them for every side event.
 */
export const seriesDefaultsQuery =
  '*[_type == "eventSeries" && _id == $seriesId][0]{ timeZone, organisers }'

const seriesDefaults = z.object({
  timeZone: z.string().nullish(),
  organisers: z.array(z.object({ _ref: z.string(), _key: z.string().optional() })).nullish(),
})

type Reference = { _type: 'reference'; _ref: string }

export type EventFromSeries = {
  series: Reference
  timeZone?: string
  organisers?: (Reference & { _key: string })[]
}

/** The starting values of an event in a series, from what the series query returned. */
export function eventFromSeries(seriesId: string, found: unknown): EventFromSeries {
  const value: EventFromSeries = { series: { _type: 'reference', _ref: seriesId } }
  const parsed = seriesDefaults.safeParse(found)
  if (!parsed.success) return value
  if (parsed.data.timeZone) value.timeZone = parsed.data.timeZone
  const organisers = parsed.data.organisers ?? []
  if (organisers.length > 0) {
    value.organisers = organisers.map((organiser, index) => ({
      _type: 'reference',
      _ref: organiser._ref,
      _key: organiser._key ?? `organiser-${index}`,
    }))
  }
  return value
}

export const eventInSeriesTemplate = {
  id: 'event-in-series',
  title: 'Event in this series',
  schemaType: 'event',
  parameters: [{ name: 'seriesId', title: 'Series', type: 'string' }],
  value: async (
    params: { seriesId?: unknown },
    context: Pick<InitialValueResolverContext, 'getClient'>,
  ) => {
    const seriesId = typeof params.seriesId === 'string' ? params.seriesId : ''
    if (!seriesId) return {}
    // Unpublished changes to the series count: staff expect what they see in the form.
    const found: unknown = await context
      .getClient({ apiVersion: '2025-02-19' })
      .fetch(seriesDefaultsQuery, { seriesId }, { perspective: 'drafts' })
    return eventFromSeries(seriesId, found)
  },
} satisfies Template

import { z } from 'zod'

/** A page of a list and the size of the whole list; items are parsed one by one after. */
export const listResult = z
  .object({ total: z.number().catch(0), items: z.array(z.unknown()).catch([]) })
  .catch({ total: 0, items: [] })

/** The `[$start...$end]` slice of a list's page `page` (from 1), for the query's parameters. */
export function pageSlice(page: number, perPage: number) {
  const start = (page - 1) * perPage
  return { start, end: start + perPage }
}

import { z } from 'zod'

/** A page of a list and the size of the whole list; items are parsed one by one after. */
export const listResult = z
  .object({ total: z.number().catch(0), items: z.array(z.unknown()).catch([]) })
  .catch({ total: 0, items: [] })

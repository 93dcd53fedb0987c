import type { z } from 'zod'

/**
 * Query results are parsed at the boundary. A document that fails its schema is logged
 * with its id and left out, so one broken document never takes a page down.
 */
function describe(value: unknown): string {
  if (typeof value === 'object' && value !== null && '_id' in value) return String(value._id)
  // Lists of slugs (for prerendering) hold bare strings: name the rejected one.
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 100))
  return 'unknown id'
}

function report(what: string, value: unknown, error: z.ZodError): void {
  const issues = error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ')
  console.warn(`[content] ${what} ${describe(value)} failed its schema and was skipped (${issues})`)
}

export function parseList<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.infer<S>[] {
  if (!Array.isArray(value)) {
    if (value !== null && value !== undefined) console.warn(`[content] ${what}: expected a list`)
    return []
  }
  const items: z.infer<S>[] = []
  for (const item of value) {
    const result = schema.safeParse(item)
    if (result.success) items.push(result.data)
    else report(what, item, result.error)
  }
  return items
}

export function parseOne<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.infer<S> | null {
  if (value === null || value === undefined) return null
  const result = schema.safeParse(value)
  if (result.success) return result.data
  report(what, value, result.error)
  return null
}

import { z } from 'zod'

/**
 * A list's query string, as zod fields (see fields.ts). `canonical()` gives the one address
 * form of any request: known keys only, sorted, the first usable value of a repeated key,
 * defaults left out. It is idempotent, so redirecting to it can never loop.
 */
export function defineList<Shape extends z.ZodRawShape>(shape: Shape) {
  const schema = z.object(shape)
  const keys = Object.keys(shape).sort()
  const raw = (input: URLSearchParams) =>
    Object.fromEntries(keys.map((key) => [key, input.getAll(key)]))
  const initial = new Map(Object.entries(schema.parse(raw(new URLSearchParams()))))

  function read(input: URLSearchParams) {
    return schema.parse(raw(input))
  }

  function write(values: z.output<typeof schema>): URLSearchParams {
    const output = new URLSearchParams()
    const entries = new Map<string, unknown>(Object.entries(values))
    for (const key of keys) {
      const value = entries.get(key)
      if (value === undefined || value === null || value === initial.get(key)) continue
      output.set(key, String(value))
    }
    return output
  }

  /** Reads a canonical query back; undefined for any other form (only the proxy makes these). */
  function readCanonical(canonical: string) {
    const values = read(new URLSearchParams(canonical))
    return write(values).toString() === canonical ? values : undefined
  }

  return {
    keys,
    defaults: read(new URLSearchParams()),
    read,
    write,
    readCanonical,
    canonical: (input: URLSearchParams) => write(read(input)),
  }
}

/** What the router needs of any list. */
export type ListSpec = {
  keys: string[]
  canonical: (input: URLSearchParams) => URLSearchParams
}

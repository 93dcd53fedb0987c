import { z } from 'zod'
import { field, pageField } from './fields'
import { pageKey } from './segment'

/**
 * Views of a list served statically, beside its first view: each value of one key alone
 * (`when=past`, the events list's "Past" tab). One key per list, so that the proxy's matcher
 * can skip exactly these values (lib/proxy/matcher.ts).
 */
export type StaticViews = { key: string; values: readonly string[] }

/**
 * A list's query string, as zod fields (see fields.ts), with a page number always among them.
 * `canonical()` gives the one address form of any request: known keys only, sorted, the first
 * usable value of a repeated key, defaults left out. It is idempotent, so redirecting to it
 * can never loop.
 */
export function defineList<Shape extends z.ZodRawShape>(options: {
  query: Shape
  perPage: number
  maxPage: number
  views?: StaticViews
}) {
  const schema = z.object({ [pageKey]: field(pageField(options.maxPage)), ...options.query })
  const keys = Object.keys(schema.shape).sort()
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

  const canonical = (input: URLSearchParams) => write(read(input))

  /**
   * Whether a view carries anything beyond a page number and a statically served view: a
   * filter or a text from the address. Such views are as many as addresses can be made up,
   * so their pages are cached in memory only (lib/data/paged-list.ts); the others are as
   * many as the content has pages.
   */
  function isFiltered(values: z.output<typeof schema>): boolean {
    const written = write(values)
    written.delete(pageKey)
    const view = written.toString()
    if (view === '') return false
    const key = options.views?.key ?? ''
    return !(options.views?.values ?? []).some(
      (value) => new URLSearchParams({ [key]: value }).toString() === view,
    )
  }
  for (const value of options.views?.values ?? []) {
    const view = new URLSearchParams({ [options.views?.key ?? '']: value })
    if (options.views?.key === pageKey || canonical(view).toString() !== view.toString()) {
      throw new Error(`A statically served view must be a canonical value of a key: ${view}`)
    }
  }

  return {
    keys,
    /** The list's own fields (the page number aside), for a table built from another. */
    query: options.query,
    perPage: options.perPage,
    views: options.views,
    defaults: read(new URLSearchParams()),
    read,
    write,
    readCanonical,
    canonical,
    isFiltered,
  }
}

/** What routing needs of any list. */
export type RoutedList = {
  keys: string[]
  perPage: number
  views: StaticViews | undefined
  canonical: (input: URLSearchParams) => URLSearchParams
}

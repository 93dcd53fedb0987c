/**
 * A filter menu with hundreds of entries (a portal's organisers or series) is hard to use and
 * weighs on every list page, so a menu keeps the `limit` entries that rank first, in their
 * given order, plus the selected one wherever it ranks. The filter itself still accepts any
 * of them: each organisation's page links to its events, each event's page to its series.
 */
function topOptions<T extends { slug: string }>(
  options: readonly T[],
  selected: string | undefined,
  limit: number,
  rank: (a: T, b: T) => number,
): T[] {
  if (options.length <= limit) return [...options]
  const kept = new Set(
    [...options]
      .sort((a, b) => rank(a, b) || a.slug.localeCompare(b.slug))
      .slice(0, limit)
      .map((option) => option.slug),
  )
  return options.filter((option) => kept.has(option.slug) || option.slug === selected)
}

/** The entries with the most events (organisers). */
export function busiestOptions<T extends { slug: string; events: number }>(
  options: readonly T[],
  selected: string | undefined,
  limit: number,
): T[] {
  return topOptions(options, selected, limit, (a, b) => b.events - a.events)
}

/**
 * The entries whose latest event starts last, upcoming ones first (series): the ones a
 * visitor is most likely to look for. Entries without events come last.
 */
export function latestOptions<T extends { slug: string; latest?: string | null }>(
  options: readonly T[],
  selected: string | undefined,
  limit: number,
): T[] {
  const latest = (option: T) => {
    const time = option.latest ? Date.parse(option.latest) : Number.NaN
    return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time
  }
  return topOptions(options, selected, limit, (a, b) => {
    const [x, y] = [latest(a), latest(b)]
    return x === y ? 0 : y > x ? 1 : -1
  })
}

/**
 * A filter menu with hundreds of entries (a portal's organisers) is hard to use and weighs on
 * every list page, so the menu keeps the `limit` entries with the most events, in their
 * given order, plus the selected one wherever it ranks. The filter itself still accepts any
 * of them: each organisation's page links to its events.
 */
export function busiestOptions<T extends { slug: string; events: number }>(
  options: readonly T[],
  selected: string | undefined,
  limit: number,
): T[] {
  if (options.length <= limit) return [...options]
  const kept = new Set(
    [...options]
      .sort((a, b) => b.events - a.events || a.slug.localeCompare(b.slug))
      .slice(0, limit)
      .map((option) => option.slug),
  )
  return options.filter((option) => kept.has(option.slug) || option.slug === selected)
}

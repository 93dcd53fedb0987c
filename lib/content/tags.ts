/** Cache tag names, in one place: the fetchers set them and the webhook route revalidates them. */
export const tags = {
  /** Every fetch carries this; revalidating it refreshes the whole site. */
  all: 'content',
  type: (type: string) => `type:${type}`,
  doc: (id: string) => `doc:${publishedId(id)}`,
  /** Lets a page that found nothing at a slug refresh when a document takes that slug. */
  slug: (type: string, slug: string) => `slug:${type}:${slug}`,
  /**
   * Set on pages that are one of unboundedly many an address can ask for (a search, a
   * filter): the ISR cache keeps them in bounded memory, never on disk
   * (lib/server/isr-cache/handler.mjs, docs/security.md). Nothing expires it.
   */
  transient: 'transient',
}

/** Next.js ignores longer tags, so neither side should use them. */
export const maxTagLength = 256

/**
 * Next.js keeps at most 128 tags from one `cacheTag()` call. Ids beyond this many fall back
 * on the type tags and the time-based lifetime; the nearest documents come first (below).
 */
export const maxDocumentTags = 100

export function publishedId(id: string): string {
  return id.replace(/^drafts\./, '')
}

/**
 * The ids of every document a result shows, including referenced ones (projections
 * include `_id`). Breadth first: the documents a query selects come before the ones they
 * reference, so a result too large to tag whole keeps the ids that matter most.
 */
export function documentIds(value: unknown): string[] {
  const found = new Set<string>()
  let level: unknown[] = [value]
  while (level.length > 0) {
    const next: unknown[] = []
    for (const node of level) {
      if (Array.isArray(node)) {
        next.push(...node)
      } else if (typeof node === 'object' && node !== null) {
        for (const [key, child] of Object.entries(node)) {
          if (key === '_id' && typeof child === 'string') found.add(publishedId(child))
          else if (typeof child === 'object' && child !== null) next.push(child)
        }
      }
    }
    level = next
  }
  return [...found]
}

export type TagSet = { tags: string[]; omittedIds: number }

export function tagsFor(
  types: readonly string[],
  result: unknown,
  extra: readonly string[] = [],
): TagSet {
  const ids = documentIds(result)
  const kept = ids.slice(0, maxDocumentTags)
  const all = [tags.all, ...types.map(tags.type), ...extra, ...kept.map(tags.doc)]
  return {
    tags: [...new Set(all)].filter((tag) => tag.length <= maxTagLength),
    omittedIds: ids.length - kept.length,
  }
}

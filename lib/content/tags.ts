/** Cache tag names, in one place: the fetchers set them and the webhook route revalidates them. */
export const tags = {
  /** Every fetch carries this; revalidating it refreshes the whole site. */
  all: 'content',
  type: (type: string) => `type:${type}`,
  doc: (id: string) => `doc:${id.replace(/^drafts\./, '')}`,
  /** Lets a page that found nothing at a slug refresh when a document takes that slug. */
  slug: (type: string, slug: string) => `slug:${type}:${slug}`,
}

/** Next.js accepts at most 128 tags per cache entry; past this, type tags stand in for ids. */
export const maxDocumentTags = 100

/** The ids of every document a result shows, including referenced ones (they project `_id`). */
export function documentIds(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => documentIds(item, found))
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '_id' && typeof child === 'string') found.add(child.replace(/^drafts\./, ''))
      else documentIds(child, found)
    }
  }
  return found
}

export function tagsFor(
  types: readonly string[],
  result: unknown,
  extra: readonly string[] = [],
): string[] {
  const ids = [...documentIds(result)]
  const idTags = ids.length <= maxDocumentTags ? ids.map(tags.doc) : []
  return [tags.all, ...types.map(tags.type), ...extra, ...idTags]
}

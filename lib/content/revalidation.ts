import { z } from 'zod'
import { maxTagLength, tags } from './tags'

/**
 * What the Sanity webhook sends (its projection, docs/freshness.md) and which cache tags a
 * change to that document expires. Pure, so the rules are unit-tested apart from Next.js.
 */

/** `slug.current` from the projection, or a whole slug object when no projection is set. */
const slugValue = z
  .union([z.string(), z.object({ current: z.string().nullish() })])
  .nullish()
  .transform((value) => (typeof value === 'string' ? value : (value?.current ?? undefined)))

export const webhookDocument = z.object({
  _id: z.string().min(1).max(200),
  _type: z.string().min(1).max(100),
  slug: slugValue,
  previousSlug: slugValue,
  /** Ids of documents that reference this one, when the sender can list them. */
  references: z.array(z.string().min(1).max(200)).max(10_000).nullish(),
})

export type WebhookDocument = z.infer<typeof webhookDocument>

/**
 * When the webhook expires tags. A render already under way with the old content when a
 * change arrives stores its page after the expiry, and would be taken as fresh. So the
 * route first lets the change settle (renders in flight finish; the Content Lake, which
 * is eventually consistent, catches up), expires the tags, and expires them once more a
 * little later for renders slower than that.
 */
export const expiryTiming = {
  settleMs: { sanity: 3000, local: 300 },
  repeatAfterMs: 3000,
} as const

export type RevalidationPlan =
  { kind: 'revalidate'; tags: string[] } | { kind: 'skip'; reason: string }

const isUnpublished = (id: string) => id.startsWith('drafts.') || id.startsWith('versions.')

export function planRevalidation(document: WebhookDocument): RevalidationPlan {
  const { _id: id, _type: type } = document
  if (isUnpublished(id)) {
    return { kind: 'skip', reason: 'drafts and release versions are not on the public site' }
  }
  const slugs = [document.slug, document.previousSlug].filter(
    (slug): slug is string => typeof slug === 'string' && slug.trim() !== '',
  )
  const referrers = (document.references ?? []).filter((ref) => !isUnpublished(ref))
  const planned = [
    tags.doc(id),
    // Lists, feeds, the calendar and the sitemap carry type tags: they may gain or lose it.
    tags.type(type),
    // A page that found nothing at this slug (or the old one) looks again.
    ...slugs.map((slug) => tags.slug(type, slug)),
    ...referrers.map(tags.doc),
  ]
  return {
    kind: 'revalidate',
    tags: [...new Set(planned)].filter((tag) => tag.length <= maxTagLength),
  }
}

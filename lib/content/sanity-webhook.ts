/**
 * The GROQ-powered webhook the revalidation route expects, as entered at sanity.io/manage
 * (docs/freshness.md shows these exact strings; a unit test keeps them in step). The local
 * publish command evaluates the same projection, so both backends send the same body.
 */
export const sanityWebhook = {
  /** Every document type the site shows; assets and system documents stay out. */
  filter:
    '_type in ["event", "eventSeries", "person", "organisation", "initiative", "topic", "siteSettings"]',
  /**
   * The changed document, and its slug before the change so the page at an old slug is
   * refreshed too. Webhook projections cannot run sub-queries (`*[...]`), so the ids of
   * referring documents are not sent: pages are tagged with every id they show instead.
   */
  projection: '{_id, _type, "slug": slug.current, "previousSlug": before().slug.current}',
  apiVersion: 'v2025-02-19',
  method: 'POST',
  path: '/api/revalidate',
} as const

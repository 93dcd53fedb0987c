/**
 * Responses for the machine-readable files (calendars, feeds, sitemap). A missing document is
 * a plain 404, never an HTML page a calendar app cannot read.
 */
export const contentTypes = {
  calendar: 'text/calendar; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
} as const

export function notFoundResponse(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

export function fileResponse(
  body: string | null,
  type: keyof typeof contentTypes,
  download?: string,
): Response {
  if (body === null) return notFoundResponse()
  const headers = new Headers({ 'Content-Type': contentTypes[type] })
  if (download) {
    const safe = download.replace(/[^a-z0-9.-]+/gi, '-')
    headers.set('Content-Disposition', `attachment; filename="${safe}"`)
  }
  return new Response(body, { headers })
}

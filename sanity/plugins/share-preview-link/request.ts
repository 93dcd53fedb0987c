import { z } from 'zod'

/**
 * The Studio side of reviewer links. The Studio proves who is asking with a fresh preview
 * secret; the site checks that secret with its read token and answers with a signed link
 * that works without a Studio account until it expires.
 *
 *   POST /api/preview/links  {secret, path, hours}  ->  200 {url, expiresAt} | 4xx/5xx {error}
 */
export const previewLinksEndpoint = '/api/preview/links'

export const previewLifetimes = [
  { hours: 24, label: '24 hours' },
  { hours: 48, label: '48 hours' },
  { hours: 168, label: '7 days' },
] as const

export type PreviewLinkRequest = { secret: string; path: string; hours: number }

export type PreviewLinkResult =
  { ok: true; url: string; expiresAt: Date } | { ok: false; message: string }

const created = z.object({
  url: z.url({ protocol: /^https?$/ }),
  expiresAt: z.string().refine((value) => !Number.isNaN(Date.parse(value))),
})
const refused = z.object({ error: z.string().min(1) })

export type Fetch = (input: string, init: RequestInit) => Promise<Response>

export async function requestPreviewLink(
  request: PreviewLinkRequest,
  options: { endpoint?: string; fetch?: Fetch } = {},
): Promise<PreviewLinkResult> {
  const send = options.fetch ?? ((input, init) => fetch(input, init))
  let response: Response
  try {
    response = await send(options.endpoint ?? previewLinksEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
      credentials: 'same-origin',
    })
  } catch {
    return {
      ok: false,
      message: 'The site could not be reached. Check your connection and try again.',
    }
  }
  const body = await response.json().catch(() => undefined)
  if (response.ok) {
    const link = created.safeParse(body)
    if (link.success) {
      return { ok: true, url: link.data.url, expiresAt: new Date(link.data.expiresAt) }
    }
  } else {
    // The site explains refusals, including its own configuration problems (501, 502).
    const error = refused.safeParse(body)
    if (error.success) {
      return { ok: false, message: `The site did not create the link: ${error.data.error}` }
    }
  }
  return {
    ok: false,
    message: `The site gave an unexpected answer (HTTP ${response.status}). Try again, or ask a developer to check the site's logs.`,
  }
}

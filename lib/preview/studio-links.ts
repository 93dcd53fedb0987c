import { validatePreviewUrl, type SanityClientLike } from '@sanity/preview-url-secret'
import { z } from 'zod'
import { defaultLinkHours, maxLinkHours, type PreviewConfig } from './config'
import { createPreviewLink } from './link'
import { normaliseScope } from './scope'

/**
 * Reviewer links requested by the Studio's "Share preview link" action. The Studio proves
 * the request comes from a signed-in editor with a one-hour preview URL secret it just
 * created (@sanity/preview-url-secret); the server checks it with its read token, exactly
 * as next-sanity's `defineEnableDraftMode` does, then signs a link like the CLI would.
 */
export type StudioLinkResult =
  | { status: 200; body: { url: string; expiresAt: string } }
  | { status: 400 | 401 | 501 | 502; body: { error: string } }

export const studioLinkRequest = z.object(
  {
    secret: z.string({ error: 'secret must be a string' }).min(1, 'secret is required').max(256),
    path: z.string({ error: 'path must be a string' }).min(1, 'path is required').max(512),
    hours: z
      .number({ error: 'hours must be a number' })
      .positive('hours must be more than 0')
      .max(maxLinkHours, `hours must be at most ${maxLinkHours} (7 days)`)
      .default(defaultLinkHours),
  },
  { error: 'The request body must be a JSON object: {"secret", "path", "hours"}.' },
)

export async function createStudioLink(
  body: unknown,
  deps: {
    /** The Sanity client with the server's read token, or why there is none. */
    client: SanityClientLike | { missing: string }
    config: PreviewConfig
    baseUrl: string
    now?: number
  },
): Promise<StudioLinkResult> {
  if ('missing' in deps.client) return { status: 501, body: { error: deps.client.missing } }
  if (!deps.config.enabled) return { status: 501, body: { error: deps.config.reason } }
  const request = studioLinkRequest.safeParse(body)
  if (!request.success) {
    return { status: 400, body: { error: request.error.issues.map((i) => i.message).join('; ') } }
  }
  const { secret, path, hours } = request.data
  if (normaliseScope(path) === null) {
    return { status: 400, body: { error: `"${path}" is not a site path such as /en/events/x` } }
  }
  const previewUrl = new URL('/', deps.baseUrl)
  previewUrl.searchParams.set('sanity-preview-secret', secret)
  let isValid: boolean
  try {
    ;({ isValid } = await validatePreviewUrl(deps.client, previewUrl.toString()))
  } catch (error) {
    console.error(`[preview] could not check a Studio secret: ${String(error)}`)
    return { status: 502, body: { error: 'Sanity could not be reached to check the secret.' } }
  }
  if (!isValid) {
    return { status: 401, body: { error: 'The Studio secret is invalid or has expired.' } }
  }
  const link = createPreviewLink({
    path,
    hours,
    baseUrl: deps.baseUrl,
    secret: deps.config.secret,
    now: deps.now,
  })
  return { status: 200, body: { url: link.url, expiresAt: link.expiresAt.toISOString() } }
}

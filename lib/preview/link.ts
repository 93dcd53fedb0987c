import { defaultLinkHours, maxLinkHours } from './config'
import { normaliseScope } from './scope'
import { newLinkId, sign, type SignedGrant } from './token'

/** Reviewer links: `/api/preview?path=<scope>&exp=<unix seconds>&id=<link id>&sig=<hmac>`. */
export const previewRoute = '/api/preview'

export type NewLink = { url: string; expiresAt: Date; id: string; scope: string }

export class PreviewLinkError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PreviewLinkError'
  }
}

export function checkHours(hours: number): number {
  if (!Number.isFinite(hours) || hours <= 0 || hours > maxLinkHours) {
    throw new PreviewLinkError(
      `A preview link lasts more than 0 and at most ${maxLinkHours} hours (7 days); got ${hours}.`,
    )
  }
  return hours
}

export function createPreviewLink(options: {
  path: string
  hours?: number
  baseUrl: string
  secret: string
  now?: number
}): NewLink {
  const scope = normaliseScope(options.path)
  if (scope === null) {
    throw new PreviewLinkError(
      `"${options.path}" is not a site path. Use a path such as /en/events/my-event, or /en/* for a whole section.`,
    )
  }
  const hours = checkHours(options.hours ?? defaultLinkHours)
  const now = options.now ?? Date.now()
  const expiresAt = Math.floor((now + hours * 3_600_000) / 1000) * 1000
  const signed = sign({ scope, expiresAt, id: newLinkId() }, options.secret)
  const url = new URL(previewRoute, options.baseUrl)
  url.search = linkQuery(signed).toString()
  return {
    url: url.toString(),
    expiresAt: new Date(expiresAt),
    id: signed.id,
    scope,
  }
}

export function linkQuery(signed: SignedGrant): URLSearchParams {
  return new URLSearchParams({
    path: signed.scope,
    exp: String(Math.floor(signed.expiresAt / 1000)),
    id: signed.id,
    sig: signed.signature,
  })
}

/** Reads a link's query; anything missing or not a number is left for `verify` to refuse. */
export function readLinkQuery(params: URLSearchParams) {
  const exp = params.get('exp') ?? ''
  return {
    scope: params.get('path') ?? '',
    expiresAt: /^\d{1,12}$/.test(exp) ? Number(exp) * 1000 : Number.NaN,
    id: params.get('id') ?? '',
    signature: params.get('sig') ?? '',
  }
}

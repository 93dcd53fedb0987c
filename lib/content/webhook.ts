import { timingSafeEqual } from 'node:crypto'
import {
  decodeSignatureHeader,
  encodeSignatureHeader,
  isSignatureError,
  SIGNATURE_HEADER_NAME,
} from '@sanity/webhook'
import { bodyLimits } from '../server/body-limits'
import { readText } from '../server/read-body'
import { defaultMaxAgeSeconds, staleReason } from './webhook-window'

/**
 * Reads a Sanity webhook request: the body must carry a valid `sanity-webhook-signature`
 * (`t=<ms>,v1=<sig>`, HMAC-SHA256 of `<timestamp>.<body>` with the shared secret) before it
 * is even parsed, so a forged request gets 401 whatever its body, and only a signed one can
 * earn a 400. A missing or malformed header, or a timestamp outside the accepted window
 * (webhook-window.ts), is refused before a byte of the body is read.
 */
export type SignedBody =
  { ok: true; body: unknown } | { ok: false; status: 400 | 401 | 413; message: string }

export const maxBodyBytes = bodyLimits['/api/revalidate']

export async function readSignedBody(
  request: Request,
  secret: string,
  { maxAgeMs = defaultMaxAgeSeconds * 1000, now = Date.now() } = {},
): Promise<SignedBody> {
  const signature = request.headers.get(SIGNATURE_HEADER_NAME)?.trim()
  if (!signature) {
    return { ok: false, status: 401, message: `Missing ${SIGNATURE_HEADER_NAME} header` }
  }
  const timestamp = signedAt(signature)
  if (timestamp === null) {
    return {
      ok: false,
      status: 401,
      message: `Malformed ${SIGNATURE_HEADER_NAME} header (expected t=<ms>,v1=<signature>)`,
    }
  }
  const stale = staleReason(timestamp, now, maxAgeMs)
  if (stale) return { ok: false, status: 401, message: stale }
  const body = await readText(request, maxBodyBytes)
  if (!body.ok) return body
  if (!(await signatureMatches(body.text, signature, timestamp, secret))) {
    return { ok: false, status: 401, message: 'Invalid signature' }
  }
  try {
    return { ok: true, body: JSON.parse(body.text) }
  } catch {
    return { ok: false, status: 400, message: 'Body is not JSON' }
  }
}

/** The header's timestamp in milliseconds, or null when the header is not in Sanity's format. */
function signedAt(signature: string): number | null {
  try {
    const { timestamp } = decodeSignatureHeader(signature)
    return Number.isSafeInteger(timestamp) ? timestamp : null
  } catch (error) {
    if (isSignatureError(error)) return null
    throw error
  }
}

async function signatureMatches(body: string, signature: string, at: number, secret: string) {
  try {
    const expected = Buffer.from(await encodeSignatureHeader(body, at, secret.trim()))
    const given = Buffer.from(signature)
    return expected.length === given.length && timingSafeEqual(expected, given)
  } catch (error) {
    // An empty body or an unusable timestamp cannot be verified.
    if (isSignatureError(error)) return false
    throw error
  }
}

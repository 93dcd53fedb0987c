import { timingSafeEqual } from 'node:crypto'
import {
  decodeSignatureHeader,
  encodeSignatureHeader,
  isSignatureError,
  SIGNATURE_HEADER_NAME,
} from '@sanity/webhook'

/**
 * Reads a Sanity webhook request: the body must carry a valid `sanity-webhook-signature`
 * (HMAC-SHA256 of `<timestamp>.<body>` with the shared secret) before it is even parsed,
 * so a forged request gets 401 whatever its body, and only a signed one can earn a 400.
 */
export type SignedBody =
  { ok: true; body: unknown } | { ok: false; status: 400 | 401 | 413; message: string }

/** Projections are a few hundred bytes; even a whole document stays far below this. */
export const maxBodyBytes = 1_000_000

export async function readSignedBody(request: Request, secret: string): Promise<SignedBody> {
  const signature = request.headers.get(SIGNATURE_HEADER_NAME)?.trim()
  if (!signature) {
    return { ok: false, status: 401, message: `Missing ${SIGNATURE_HEADER_NAME} header` }
  }
  if (Number(request.headers.get('content-length') ?? 0) > maxBodyBytes) {
    return { ok: false, status: 413, message: 'Body too large' }
  }
  const text = await request.text()
  if (text.length > maxBodyBytes) return { ok: false, status: 413, message: 'Body too large' }
  if (!(await signatureMatches(text, signature, secret))) {
    return { ok: false, status: 401, message: 'Invalid signature' }
  }
  try {
    return { ok: true, body: JSON.parse(text) }
  } catch {
    return { ok: false, status: 400, message: 'Body is not JSON' }
  }
}

async function signatureMatches(body: string, signature: string, secret: string) {
  try {
    const { timestamp } = decodeSignatureHeader(signature)
    const expected = Buffer.from(await encodeSignatureHeader(body, timestamp, secret.trim()))
    const given = Buffer.from(signature)
    return expected.length === given.length && timingSafeEqual(expected, given)
  } catch (error) {
    // A malformed header, an empty body or an unusable timestamp cannot be verified.
    if (isSignatureError(error)) return false
    throw error
  }
}

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { maxLinkHours } from './config'
import { normaliseScope, type Scope } from './scope'

/**
 * A preview grant: which paths may show drafts, until when, under which link id. Signed
 * with HMAC-SHA256 so neither the scope nor the expiry can be changed without the secret;
 * the same signed grant travels in the link and, once accepted, in the scope cookie.
 */
export type Grant = { scope: Scope; expiresAt: number; id: string }
export type SignedGrant = Grant & { signature: string }

export type Refusal = 'malformed' | 'signature' | 'expired' | 'too-long' | 'revoked'
export type Verdict = { ok: true; grant: Grant } | { ok: false; reason: Refusal }

const idPattern = /^[A-Za-z0-9_-]{8,64}$/
const signaturePattern = /^[A-Za-z0-9_-]{43}$/
/** Clocks differ a little between the machine that signs and the one that verifies. */
const clockSkewMs = 5 * 60_000

export function newLinkId(): string {
  return randomBytes(12).toString('base64url')
}

function payload({ scope, expiresAt, id }: Grant): string {
  return ['preview-link/v1', scope, String(Math.floor(expiresAt / 1000)), id].join('\n')
}

export function sign(grant: Grant, secret: string): SignedGrant {
  const signature = createHmac('sha256', secret).update(payload(grant)).digest('base64url')
  return { ...grant, signature }
}

type Unverified = { scope: string; expiresAt: number; id: string; signature: string }

export function verify(
  input: Unverified,
  options: { secret: string; revoked: ReadonlySet<string>; now: number },
): Verdict {
  const scope = normaliseScope(input.scope)
  if (
    scope === null ||
    scope !== input.scope ||
    !Number.isSafeInteger(input.expiresAt) ||
    input.expiresAt % 1000 !== 0 ||
    !idPattern.test(input.id) ||
    !signaturePattern.test(input.signature)
  ) {
    return { ok: false, reason: 'malformed' }
  }
  const grant = { scope, expiresAt: input.expiresAt, id: input.id }
  const expected = Buffer.from(sign(grant, options.secret).signature)
  const given = Buffer.from(input.signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature' }
  }
  if (options.revoked.has(grant.id)) return { ok: false, reason: 'revoked' }
  if (grant.expiresAt <= options.now) return { ok: false, reason: 'expired' }
  if (grant.expiresAt - options.now > maxLinkHours * 3_600_000 + clockSkewMs) {
    return { ok: false, reason: 'too-long' }
  }
  return { ok: true, grant }
}

/** `v1.<scope, base64url>.<expiry, unix seconds>.<id>.<signature>`: one cookie-safe string. */
export function encodeGrant(signed: SignedGrant): string {
  const scope = Buffer.from(signed.scope).toString('base64url')
  return ['v1', scope, Math.floor(signed.expiresAt / 1000), signed.id, signed.signature].join('.')
}

export function decodeGrant(value: string): Unverified | null {
  const [version, scope, seconds, id, signature, ...rest] = value.split('.')
  if (version !== 'v1' || rest.length > 0 || !scope || !seconds || !id || !signature) return null
  if (!/^\d{1,12}$/.test(seconds)) return null
  return {
    scope: Buffer.from(scope, 'base64url').toString('utf8'),
    expiresAt: Number(seconds) * 1000,
    id,
    signature,
  }
}

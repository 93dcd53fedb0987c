import { z } from 'zod'

/**
 * Preview links are signed with `PREVIEW_SECRET`. Without a usable secret they are switched
 * off everywhere (development included): a guessable fallback would make every draft public
 * on a server started without one. `PREVIEW_REVOKED_IDS` lists link ids that no longer work.
 */
export const minSecretLength = 32
export const defaultLinkHours = 48
export const maxLinkHours = 7 * 24

export type PreviewConfig =
  | { enabled: true; secret: string; revoked: ReadonlySet<string> }
  | { enabled: false; reason: string }

const secretSchema = z
  .string({ error: 'PREVIEW_SECRET is not set, so preview links are switched off.' })
  .min(
    minSecretLength,
    `PREVIEW_SECRET must be at least ${minSecretLength} characters, so preview links are switched off.`,
  )

export function parseRevokedIds(value: string | undefined): ReadonlySet<string> {
  return new Set((value ?? '').split(/[\s,]+/).filter(Boolean))
}

/** Read on every call: rotating the secret or revoking a link takes effect on restart. */
export function previewConfig(
  env: Record<string, string | undefined> = process.env,
): PreviewConfig {
  const secret = secretSchema.safeParse(env.PREVIEW_SECRET || undefined)
  if (!secret.success) {
    return {
      enabled: false,
      reason: secret.error.issues[0]?.message ?? 'PREVIEW_SECRET is invalid.',
    }
  }
  return { enabled: true, secret: secret.data, revoked: parseRevokedIds(env.PREVIEW_REVOKED_IDS) }
}

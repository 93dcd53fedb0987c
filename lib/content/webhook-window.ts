import { z } from 'zod'

/**
 * How old a signed webhook may be. The signature covers its timestamp, so a delivery copied
 * from a log or a proxy could otherwise be sent again forever. Sanity retries a delivery that
 * failed with a 429 or 5xx (since April 2026 twice, 30 s apart; before that with backoff over
 * 30 minutes), so the default window covers the longer schedule. A timestamp from the future
 * is allowed only the few minutes two clocks can disagree by.
 */
export const defaultMaxAgeSeconds = 30 * 60
export const maxAgeLimits = { min: 60, max: 24 * 60 * 60 } as const
export const clockSkewMs = 5 * 60_000

export type WebhookWindow = { ok: true; maxAgeMs: number } | { ok: false; message: string }

const maxAgeSchema = z.coerce
  .number({ error: 'SANITY_WEBHOOK_MAX_AGE_SECONDS must be a number of seconds' })
  .int('SANITY_WEBHOOK_MAX_AGE_SECONDS must be a whole number of seconds')
  .min(maxAgeLimits.min, `SANITY_WEBHOOK_MAX_AGE_SECONDS must be at least ${maxAgeLimits.min}`)
  .max(maxAgeLimits.max, `SANITY_WEBHOOK_MAX_AGE_SECONDS must be at most ${maxAgeLimits.max}`)
  .default(defaultMaxAgeSeconds)

/** Read per request, like the secret, so a bad value is reported by the webhook and the log. */
export function webhookWindow(
  env: Record<string, string | undefined> = process.env,
): WebhookWindow {
  const parsed = maxAgeSchema.safeParse(env.SANITY_WEBHOOK_MAX_AGE_SECONDS?.trim() || undefined)
  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues[0]?.message ?? 'Invalid webhook window' }
  }
  return { ok: true, maxAgeMs: parsed.data * 1000 }
}

/** Why a signature's timestamp (milliseconds) is refused at `now`, or null when it is fresh. */
export function staleReason(timestamp: number, now: number, maxAgeMs: number): string | null {
  if (timestamp > now + clockSkewMs) return 'Signature timestamp is in the future'
  if (timestamp < now - maxAgeMs) {
    return `Signature timestamp is older than ${maxAgeMs / 1000} s (a replayed or long-delayed delivery)`
  }
  return null
}

import 'server-only'

/**
 * The secret shared with the Sanity webhook. Read per request, so a missing value is
 * reported where it matters (the webhook answer and the log) instead of failing the build.
 */
export function revalidateSecret(): string | undefined {
  return process.env.SANITY_REVALIDATE_SECRET?.trim() || undefined
}

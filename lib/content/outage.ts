/**
 * A content backend outage, as the server sees it. A read with no last good result to fall
 * back on (a page never rendered before) fails with `ContentUnavailableError`, and the
 * process notes when the backend last failed; the next read that succeeds clears the note.
 * While it is recent, a page that fails answers 503 with `Retry-After` instead of 500
 * (lib/server/outage-response.ts), and the error page says the content is unreachable.
 * The note lives on `globalThis` because the page renders and the HTTP server load this
 * module from different bundles of the same process.
 */
export const contentUnavailableDigest = 'CONTENT_UNAVAILABLE'

/** How long after the last failed read a failing page is still put down to the outage. */
export const outageWindowMs = 60_000

export class ContentUnavailableError extends Error {
  /** Next.js keeps a digest an error already has, and hands it to the error page. */
  readonly digest = contentUnavailableDigest
  constructor(cause: unknown) {
    super(`The content backend is unavailable: ${String(cause)}`, { cause })
    this.name = 'ContentUnavailableError'
  }
}

type Note = { lastFailure?: number }
const noteKey = Symbol.for('event-portal.content-outage')

function note(): Note {
  const scope = globalThis as typeof globalThis & { [noteKey]?: Note }
  scope[noteKey] ??= {}
  return scope[noteKey]
}

/**
 * Whether an error from the backend means it is down or unreachable (a network error, a
 * timeout, a 5xx or a 429), rather than refusing this one read (a 4xx for a bad query).
 */
export function isOutage(error: unknown): boolean {
  const status =
    typeof error === 'object' && error !== null && 'statusCode' in error
      ? Number(error.statusCode)
      : undefined
  return status === undefined || Number.isNaN(status) || status >= 500 || status === 429
}

export function noteFailure(now = Date.now()): void {
  note().lastFailure = now
}

export function noteSuccess(): void {
  note().lastFailure = undefined
}

export function outageOngoing(now = Date.now()): boolean {
  const { lastFailure } = note()
  return lastFailure !== undefined && now - lastFailure < outageWindowMs
}

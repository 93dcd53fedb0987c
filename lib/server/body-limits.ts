/**
 * Every route that reads a request body, and the most it may send. Each route reads its body
 * through read-body.ts with its limit from here, and the proxy never runs for these paths
 * (lib/proxy/matcher.ts): Next.js copies the body of every request the proxy sees, up to
 * `proxyClientMaxBodySize` (next.config.ts), so a route behind it would only ever get that
 * copy. A unit test fails when a route handler takes a body and is missing here.
 */
export const bodyLimits = {
  /** Sanity webhook projections are a few hundred bytes; a whole document stays far below. */
  '/api/revalidate': 1_000_000,
  /** `{secret, path, hours}`: well under 1 KB, escaped characters leave room to spare. */
  '/api/preview/links': 8 * 1024,
  /** The exit form holds one path. */
  '/api/preview/exit': 8 * 1024,
} as const

export type BodyRoute = keyof typeof bodyLimits

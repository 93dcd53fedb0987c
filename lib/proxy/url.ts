import type { NextRequest } from 'next/server'

/**
 * An address on this server for a rewrite or a redirect, built on `request.url`.
 *
 * Next.js 16.4.6 writes a loopback IP as `localhost` in `request.nextUrl`, while the server
 * compares the origin of a rewrite the proxy returns with the address it listens on. Behind
 * a reverse proxy the server listens on `127.0.0.1` (`next start -H 127.0.0.1`): a rewrite
 * built on `nextUrl` then looks like another site, and Next.js sends it out as a second HTTP
 * request to itself, through the proxy again, and a redirect's `Location` names `localhost`.
 * With `skipProxyUrlNormalize` (next.config.ts) `request.url` is the address as the server
 * has it, so both stay on this server (docs/public-site.md).
 */
export function ownUrl(request: NextRequest, pathname: string, search = ''): URL {
  const url = new URL(request.url)
  url.pathname = pathname
  url.search = search
  return url
}

/**
 * The security headers of every response, computed from the environment (lib/env.ts) and
 * sent through next.config.ts `headers()`. The Content-Security-Policy is static: a nonce
 * would have to change on every request, which rules out the prerendered and ISR pages, so
 * Next.js's inline bootstrap scripts are allowed with 'unsafe-inline' instead. The Studio,
 * a large client-side app that talks to Sanity's hosts, gets a policy of its own.
 */

/** A policy as directive name → sources, in the order they are sent. */
export type Directives = Readonly<Record<string, readonly string[]>>

export type SecurityOptions = {
  /** The public address of the site (NEXT_PUBLIC_SITE_URL): HSTS only when it is https. */
  siteUrl: string
  /** The configured Sanity project, whose hosts the Studio may talk to. */
  sanity?: { projectId: string; apiHost?: string }
  /** `next dev`: React's development build evaluates strings for its error overlay. */
  development?: boolean
}

type Header = { key: string; value: string }

const self = "'self'"
const none = "'none'"
const sanityApi = 'https://api.sanity.io'
const sanityAssets = 'https://cdn.sanity.io'
/** The Studio's version check (fetched) and Sanity's dashboard bridge (a module script). */
const sanityModules = 'https://sanity-cdn.com'
const sanityBridge = 'https://core.sanity-cdn.com'

/** Browser features neither the site nor the Studio uses, switched off for every page. */
export const disabledFeatures = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const

/** Directives every policy shares: nothing from elsewhere, and framed by this site only. */
function basePolicy(options: SecurityOptions): Directives {
  return {
    'default-src': [self],
    'object-src': [none],
    'base-uri': [self],
    'form-action': [self],
    // The Studio's Presentation tool frames the site's own pages; nobody else may.
    'frame-ancestors': [self],
    ...(isHttps(options.siteUrl) ? { 'upgrade-insecure-requests': [] } : {}),
  }
}

function scripts(options: SecurityOptions, ...extra: string[]): string[] {
  return [self, "'unsafe-inline'", ...(options.development ? ["'unsafe-eval'"] : []), ...extra]
}

/** The public site: its own scripts, styles, images and fonts; inline data images. */
export function sitePolicy(options: SecurityOptions): Directives {
  return {
    ...basePolicy(options),
    'script-src': scripts(options),
    'style-src': [self, "'unsafe-inline'"],
    'img-src': [self, 'data:'],
    'font-src': [self],
    'connect-src': [self],
  }
}

/**
 * The hosts the Studio's client uses for the project: the project's own host (HTTP and its
 * real-time socket) and the global API host, both derived from the API host the Studio is
 * configured with (Sanity's by default, another one in tests), as @sanity/client derives them.
 */
export function sanityHosts(sanity: NonNullable<SecurityOptions['sanity']>): {
  http: string[]
  socket: string[]
} {
  const api = new URL(sanity.apiHost ?? sanityApi)
  const project = `${api.protocol}//${sanity.projectId}.${api.host}`
  const socket = `${api.protocol === 'https:' ? 'wss:' : 'ws:'}//${sanity.projectId}.${api.host}`
  return { http: [project, api.origin], socket: [socket] }
}

/**
 * The Studio: the project's API and socket, asset and image CDN, Sanity's error reports
 * (sent to the global API) and dashboard bridge; styles it injects at run time; image
 * previews and video players built from blobs; and the site's own pages in the
 * Presentation tool's frame.
 */
export function studioPolicy(options: SecurityOptions): Directives {
  const hosts = options.sanity ? sanityHosts(options.sanity) : { http: [], socket: [] }
  return {
    ...basePolicy(options),
    'script-src': scripts(options, sanityBridge),
    'style-src': [self, "'unsafe-inline'"],
    // Editors' avatars come from their sign-in provider (Google, GitHub, …): any https host.
    'img-src': [self, 'data:', 'blob:', 'https:'],
    'media-src': [self, 'blob:', sanityAssets],
    'font-src': [self, 'data:'],
    'connect-src': unique([
      self,
      ...hosts.http,
      ...hosts.socket,
      sanityApi,
      sanityAssets,
      sanityModules,
    ]),
    'worker-src': [self, 'blob:'],
    'frame-src': [self],
  }
}

/** A policy as the header's value: `name source source; name source`. */
export function serializePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/** Every header of a response under the given policy. */
export function securityHeaders(options: SecurityOptions, policy: Directives): Header[] {
  return [
    { key: 'Content-Security-Policy', value: serializePolicy(policy) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Permissions-Policy', value: disabledFeatures.map((name) => `${name}=()`).join(', ') },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(isHttps(options.siteUrl)
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
      : []),
  ]
}

/**
 * next.config.ts `headers()`: the site's headers on every path, the Studio's on /studio and
 * below (`:path*` also matches none). When two entries set the same header the later one
 * wins, so the Studio's entry comes last.
 */
export function headerRoutes(options: SecurityOptions): { source: string; headers: Header[] }[] {
  const studio = securityHeaders(options, studioPolicy(options))
  return [
    { source: '/:path*', headers: securityHeaders(options, sitePolicy(options)) },
    { source: '/studio/:path*', headers: studio },
  ]
}

function isHttps(url: string): boolean {
  return new URL(url).protocol === 'https:'
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

/**
 * What a preview link opens: one page (`/en/events/x`) or everything under a prefix
 * (`/en/*`, or `/*` for the whole site). Pure string logic, safe to use in the browser.
 */
export type Scope = string

/** The scope of a Studio (Presentation tool) session: every page. */
export const wholeSite: Scope = '/*'

const maxScopeLength = 512
/** Encoded dots and slashes could smuggle `..` or an extra segment past a prefix check. */
const encodedSeparator = /%(2e|2f|5c)/i

/** The canonical form of a scope, or null when it is not a safe site path. */
export function normaliseScope(input: string): Scope | null {
  if (input.length === 0 || input.length > maxScopeLength) return null
  if (!input.startsWith('/') || input.startsWith('//')) return null
  if (hasForbiddenCharacter(input) || encodedSeparator.test(input)) return null
  const segments = input.slice(1).split('/')
  if (segments.at(-1) === '') segments.pop() // a trailing slash names the same page
  for (const [index, segment] of segments.entries()) {
    if (segment === '' || segment === '.' || segment === '..') return null
    if (segment.includes('*') && (segment !== '*' || index !== segments.length - 1)) return null
  }
  // Encoded the way request paths arrive, so `é` in a scope matches `%C3%A9` in a request.
  return new URL(`/${segments.join('/')}`, 'http://site.invalid').pathname
}

/** Whitespace, controls, query, fragment and backslashes have no place in a scope. */
function hasForbiddenCharacter(value: string): boolean {
  return hasControlOrSpace(value) || /[?#\\]/.test(value)
}

export function isWildcard(scope: Scope): boolean {
  return scope.endsWith('/*')
}

/** The path a scope is about: the page itself, or the top of a wildcard (`/en/*` → `/en`). */
export function scopeHome(scope: Scope): string {
  if (!isWildcard(scope)) return scope
  return scope.slice(0, -2) || '/'
}

/**
 * The path as a server would route it: dot segments resolved (browsers do this too, but
 * a hand-made request need not), trailing slash dropped. Null for anything suspicious.
 */
export function normalisePath(pathname: string): string | null {
  if (!pathname.startsWith('/') || pathname.startsWith('//')) return null
  if (encodedSeparator.test(pathname) || pathname.includes('\\')) return null
  if (hasControlOrSpace(pathname)) return null
  const resolved = new URL(pathname, 'http://site.invalid').pathname
  // `/..//host` resolves to `//host`, which a browser would read as another site.
  if (resolved.startsWith('//')) return null
  return resolved.replace(/\/+$/, '') || '/'
}

/**
 * Where to send someone leaving preview (`/api/preview/exit?path=`, the exit form,
 * `/api/draft-mode/disable?redirect=`): the path normalised as above, with its query and
 * fragment percent-encoded the way a URL serialises them, so the Location header is always
 * plain ASCII (`/€` becomes `/%E2%82%AC`). Anything else returns to the home page.
 */
export function returnPath(value: unknown): string {
  if (typeof value !== 'string' || hasControlOrSpace(value)) return '/'
  const cut = value.search(/[?#]/)
  const path = normalisePath(cut === -1 ? value : value.slice(0, cut))
  if (path === null) return '/'
  const { search, hash } = new URL(cut === -1 ? '' : value.slice(cut), 'http://site.invalid/')
  return `${path}${search}${hash}`
}

/** Raw controls and whitespace are in no address the site links to; a URL parser drops some. */
function hasControlOrSpace(value: string): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0)
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || /\s/.test(char)) return true
  }
  return false
}

/** Whether a request path may be shown with drafts under a scope. */
export function pathInScope(scope: Scope, pathname: string): boolean {
  const path = normalisePath(pathname)
  if (path === null) return false
  if (!isWildcard(scope)) return path === scope
  const base = scopeHome(scope)
  if (base === '/') return true
  return path === base || path.startsWith(`${base}/`)
}

/**
 * The canonical query travels to the internal route as path segments: its entries as JSON,
 * UTF-8, base64url, cut into pieces of at most 200 characters. Only [A-Za-z0-9_-] reach
 * the router (no percent-decoding ambiguity, slashes or dots), and the pieces stay under
 * the 255-byte file-name limit of the ISR cache, which stores pages under their path.
 *
 * A page number is the one exception: it follows the other entries as a readable last
 * segment (`W10/page-2` for `page=2`), so that a rewrite in next.config.ts can build the
 * internal path of a paged view from the query string alone (lib/listing/rewrites.ts).
 * Encoded pieces always start with `W` (JSON's `[`), so the two never meet, and a page
 * number is accepted only in that last segment: every view keeps exactly one internal path.
 */
const pieceLength = 200
export const pageKey = 'page'
const pageSegment = /^page-([1-9][0-9]*)$/

/** The last segment that stands for a page number (or for a rewrite's `:page` param). */
export const pagePiece = (page: string) => `page-${page}`

export function toSegments(canonical: string): string[] {
  const params = new URLSearchParams(canonical)
  const pages = params.getAll(pageKey)
  const page = pages.length === 1 ? pages[0] : undefined
  if (page !== undefined && pageSegment.test(pagePiece(page))) {
    params.delete(pageKey)
    return [...encode(params), pagePiece(page)]
  }
  return encode(params)
}

function encode(params: URLSearchParams): string[] {
  const json = JSON.stringify([...params])
  let binary = ''
  for (const byte of new TextEncoder().encode(json)) binary += String.fromCharCode(byte)
  const encoded = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  const pieces: string[] = []
  for (let i = 0; i < encoded.length; i += pieceLength) {
    pieces.push(encoded.slice(i, i + pieceLength))
  }
  return pieces
}

export function fromSegments(segments: readonly string[]): string | undefined {
  const page = pageSegment.exec(segments.at(-1) ?? '')?.[1]
  const entries = decode(page === undefined ? segments : segments.slice(0, -1))
  // A page number inside the encoded part is never canonical: toSegments moves it out.
  if (entries === undefined || entries.some(([key]) => key === pageKey)) return undefined
  if (page === undefined) return new URLSearchParams(entries).toString()
  // Back in its place among the keys, which a canonical query keeps sorted.
  const at = entries.findIndex(([key]) => key > pageKey)
  entries.splice(at === -1 ? entries.length : at, 0, [pageKey, page])
  return new URLSearchParams(entries).toString()
}

function decode(segments: readonly string[]): [string, string][] | undefined {
  const encoded = segments.join('')
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return undefined
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
    const entries: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    if (!Array.isArray(entries)) return undefined
    const pairs: [string, string][] = []
    for (const entry of entries) {
      if (!Array.isArray(entry) || entry.length !== 2) return undefined
      const [key, value]: unknown[] = entry
      if (typeof key !== 'string' || typeof value !== 'string') return undefined
      pairs.push([key, value])
    }
    return pairs
  } catch {
    return undefined
  }
}

/** The list values internal route segments stand for; undefined if they are not canonical. */
export function readSegments<T>(
  segments: readonly string[],
  readCanonical: (canonical: string) => T | undefined,
): T | undefined {
  const canonical = fromSegments(segments)
  return canonical === undefined ? undefined : readCanonical(canonical)
}

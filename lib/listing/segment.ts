/**
 * The canonical query travels to the internal route as path segments: its entries as JSON,
 * UTF-8, base64url, cut into pieces of at most 200 characters. Only [A-Za-z0-9_-] reach
 * the router (no percent-decoding ambiguity, slashes or dots), and the pieces stay under
 * the 255-byte file-name limit of the ISR cache, which stores pages under their path.
 */
const pieceLength = 200

export function toSegments(canonical: string): string[] {
  const json = JSON.stringify([...new URLSearchParams(canonical)])
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
  const encoded = segments.join('')
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return undefined
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
    const entries: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    if (!Array.isArray(entries)) return undefined
    const params = new URLSearchParams()
    for (const entry of entries) {
      if (!Array.isArray(entry) || entry.length !== 2) return undefined
      const [key, value]: unknown[] = entry
      if (typeof key !== 'string' || typeof value !== 'string') return undefined
      params.append(key, value)
    }
    return params.toString()
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

import { ServerResponse } from 'node:http'

/**
 * Next.js keeps a prerendered page in memory as a string and passes it to `res.end` on every
 * request, so Node encodes the same string to UTF-8 again each time. On an 80 KiB list page
 * that took a third of the server's CPU. Here the encoded bytes of large bodies are kept,
 * keyed by the string itself. A new render is a new string with its own bytes, so the bytes
 * sent are always those of the string Next.js asked for. Once `limit` bytes are held, the
 * least recently sent bodies go first.
 */
export const minLength = 8 * 1024
const defaultLimit = 64 * 1024 * 1024

type Held = { entries: number; bytes: number }

const installed = new WeakMap<object, () => Held>()

export function keepEncodedBodies(
  target: ServerResponse = ServerResponse.prototype,
  limit = defaultLimit,
): () => Held {
  const existing = installed.get(target)
  if (existing) return existing
  const bodies = new Map<string, Buffer>()
  let bytes = 0
  // A string takes up to two bytes a character besides its encoded copy.
  const weight = (text: string, encoded: Buffer) => encoded.length + 2 * text.length

  function encode(text: string): Buffer {
    const known = bodies.get(text)
    if (known) {
      bodies.delete(text)
      bodies.set(text, known)
      return known
    }
    const encoded = Buffer.from(text, 'utf8')
    if (weight(text, encoded) > limit) return encoded
    bodies.set(text, encoded)
    bytes += weight(text, encoded)
    for (const [oldText, oldEncoded] of bodies) {
      if (bytes <= limit) break
      bodies.delete(oldText)
      bytes -= weight(oldText, oldEncoded)
    }
    return encoded
  }

  const end = target.end
  function endWithBytes(this: ServerResponse, ...args: unknown[]) {
    const [chunk, encoding, callback] = args
    const utf8 = encoding === undefined || typeof encoding === 'function' || isUtf8(encoding)
    if (typeof chunk !== 'string' || chunk.length < minLength || !utf8) {
      return Reflect.apply(end, this, args)
    }
    const done = typeof encoding === 'function' ? encoding : callback
    return Reflect.apply(end, this, [encode(chunk), done])
  }
  Object.defineProperty(target, 'end', { value: endWithBytes, writable: true, configurable: true })
  const held = () => ({ entries: bodies.size, bytes })
  installed.set(target, held)
  return held
}

function isUtf8(encoding: unknown): boolean {
  return typeof encoding === 'string' && /^utf-?8$/i.test(encoding)
}

/**
 * Reads a request body up to a byte limit. `request.text()`, `json()` and `formData()` read
 * the whole body before anyone can look at its size, and a chunked upload has no
 * `Content-Length` to check first, so every route that takes a body reads it here: bytes are
 * counted as they arrive and the stream is cancelled as soon as the count passes the limit.
 * The server then holds at most `limit` bytes (plus one chunk) of any request.
 */
export type BodyRefusal = { ok: false; status: 400 | 413; message: string }

export type BodyBytes = { ok: true; bytes: Uint8Array<ArrayBuffer> } | BodyRefusal
export type BodyText = { ok: true; text: string } | BodyRefusal
export type BodyForm = { ok: true; form: FormData | null } | BodyRefusal

export async function readBody(request: Request, limit: number): Promise<BodyBytes> {
  // A declared length over the limit is refused without touching the stream at all.
  if (Number(request.headers.get('content-length') ?? 0) > limit) return tooLarge(limit)
  if (request.body === null) return { ok: true, bytes: new Uint8Array(0) }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limit) {
        // Tells the source to stop sending; the rest of the upload is never buffered.
        await reader.cancel('request body too large').catch(() => undefined)
        return tooLarge(limit)
      }
      chunks.push(value)
    }
  } catch {
    // The client went away mid-upload, or the stream broke.
    return { ok: false, status: 400, message: 'The request body could not be read' }
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { ok: true, bytes }
}

/** The body as UTF-8 text, decoded exactly as `request.text()` would. */
export async function readText(request: Request, limit: number): Promise<BodyText> {
  const body = await readBody(request, limit)
  if (!body.ok) return body
  return { ok: true, text: new TextDecoder().decode(body.bytes) }
}

/** The body as a form (urlencoded or multipart, as its Content-Type says), null if it is none. */
export async function readForm(request: Request, limit: number): Promise<BodyForm> {
  const body = await readBody(request, limit)
  if (!body.ok) return body
  const type = request.headers.get('content-type') ?? ''
  const form = await new Response(body.bytes, { headers: { 'Content-Type': type } })
    .formData()
    .catch(() => null)
  return { ok: true, form }
}

function tooLarge(limit: number): BodyRefusal {
  return { ok: false, status: 413, message: `Request body over ${limit} bytes` }
}

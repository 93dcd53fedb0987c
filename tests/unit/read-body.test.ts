import { describe, expect, it } from 'vitest'
import { readBody, readForm, readText } from '@/lib/server/read-body'

const chunkSize = 64 * 1024

/**
 * A body that would yield `total` bytes in 64 KiB chunks, produced only when pulled (as a
 * socket delivers an upload), recording how much was pulled and whether it was cancelled.
 */
function source(total: number, fill = 0x61) {
  const seen = { pulled: 0, cancelled: false }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= total) return controller.close()
      const size = Math.min(chunkSize, total - seen.pulled)
      seen.pulled += size
      controller.enqueue(new Uint8Array(size).fill(fill))
    },
    cancel() {
      seen.cancelled = true
    },
  })
  return { stream, seen }
}

function post(body: ReadableStream<Uint8Array> | string | null, headers?: HeadersInit) {
  // A stream body needs `duplex`, which the DOM typings of RequestInit do not list yet.
  const init = { method: 'POST', body, headers, duplex: 'half' }
  return new Request('http://portal.test/api/x', init)
}

describe('readBody', () => {
  it('stops pulling a 50 MB chunked body soon after the limit and cancels it', async () => {
    const { stream, seen } = source(50 * 1024 * 1024)
    const result = await readBody(post(stream), 1_000_000)
    expect(result).toEqual({ ok: false, status: 413, message: 'Request body over 1000000 bytes' })
    expect(seen.cancelled).toBe(true)
    // The chunk that crossed the limit, and at most one the stream queued ahead.
    expect(seen.pulled).toBeLessThanOrEqual(1_000_000 + 2 * chunkSize)
  })

  it('refuses a declared Content-Length over the limit without reading at all', async () => {
    const { stream, seen } = source(10 * chunkSize)
    const request = post(stream, { 'content-length': String(10 * chunkSize) })
    expect(await readBody(request, chunkSize)).toMatchObject({ ok: false, status: 413 })
    // Only the chunk a stream queues by itself on creation, nothing read past it.
    expect(seen.pulled).toBeLessThanOrEqual(chunkSize)
  })

  it('gives every byte of a body within the limit, the limit itself included', async () => {
    const limit = 3 * chunkSize + 5
    const { stream } = source(limit, 0x7a)
    const result = await readBody(post(stream), limit)
    expect(result.ok && result.bytes.byteLength).toBe(limit)
    expect(result.ok && result.bytes.every((byte) => byte === 0x7a)).toBe(true)
    const over = source(limit + 1)
    expect(await readBody(post(over.stream), limit)).toMatchObject({ ok: false, status: 413 })
  })

  it('counts bytes, not characters', async () => {
    const text = 'é'.repeat(6) // 12 bytes in UTF-8
    expect(await readBody(post(text), 11)).toMatchObject({ ok: false, status: 413 })
    expect(await readText(post(text), 12)).toEqual({ ok: true, text })
  })

  it('decodes UTF-8 split across chunks, as request.text() does', async () => {
    const bytes = new TextEncoder().encode('\uFEFF{"title":"Événement – 活动"}')
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3))
        controller.close()
      },
    })
    const expected = await post(new Blob([bytes]).stream()).text()
    expect(await readText(post(stream), 1000)).toEqual({ ok: true, text: expected })
  })

  it('an empty body is empty; a broken upload is a 400', async () => {
    expect(await readText(new Request('http://portal.test/', { method: 'POST' }), 10)).toEqual({
      ok: true,
      text: '',
    })
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(10))
        controller.error(new Error('socket hang up'))
      },
    })
    expect(await readBody(post(broken), 1000)).toMatchObject({ ok: false, status: 400 })
  })
})

describe('readForm', () => {
  it('reads an urlencoded or multipart form within the limit', async () => {
    const urlencoded = post('path=%2Fen%2F%C3%A9v', {
      'content-type': 'application/x-www-form-urlencoded',
    })
    const read = await readForm(urlencoded, 100)
    expect(read.ok && read.form?.get('path')).toBe('/en/év')
    const multipart = new FormData()
    multipart.set('path', '/fr')
    const request = new Request('http://portal.test/', { method: 'POST', body: multipart })
    const parsed = await readForm(request, 1000)
    expect(parsed.ok && parsed.form?.get('path')).toBe('/fr')
  })

  it('gives null for a body that is not a form, and 413 past the limit', async () => {
    expect(
      await readForm(post('{"path":"/en"}', { 'content-type': 'application/json' }), 100),
    ).toEqual({ ok: true, form: null })
    const { stream } = source(10 * chunkSize)
    expect(await readForm(post(stream), chunkSize)).toMatchObject({ ok: false, status: 413 })
  })
})

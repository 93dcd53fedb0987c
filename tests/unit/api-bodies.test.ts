import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { NextRequest } from 'next/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { POST as exitPreview } from '@/app/api/preview/exit/route'
import { POST as requestLink } from '@/app/api/preview/links/route'
import { POST as revalidate } from '@/app/api/revalidate/route'

const chunkSize = 64 * 1024
const fiftyMegabytes = 50 * 1024 * 1024

/** A chunked upload of 50 MB, produced only as the route pulls it; counts what was pulled. */
function hugeUpload() {
  const seen = { pulled: 0 }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= fiftyMegabytes) return controller.close()
      seen.pulled += chunkSize
      controller.enqueue(new Uint8Array(chunkSize).fill(0x61))
    },
  })
  return { stream, seen }
}

const post = (path: string, body: ReadableStream<Uint8Array>, headers: HeadersInit = {}) =>
  new NextRequest(`http://portal.test${path}`, { method: 'POST', body, headers, duplex: 'half' })

describe('every route that reads a body stops at its cap', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('the webhook answers 413 after reading little more than 1 MB of a chunked body', async () => {
    vi.stubEnv('SANITY_REVALIDATE_SECRET', 'webhook-secret')
    const { stream, seen } = hugeUpload()
    const signature = await encodeSignatureHeader('{}', Date.now(), 'webhook-secret')
    const response = await revalidate(
      post('/api/revalidate', stream, { [SIGNATURE_HEADER_NAME]: signature }),
    )
    expect(seen.pulled).toBeLessThan(1_000_000 + 3 * chunkSize)
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ message: 'Request body over 1000000 bytes' })
  })

  it('the webhook refuses a missing or malformed signature before reading the body', async () => {
    vi.stubEnv('SANITY_REVALIDATE_SECRET', 'webhook-secret')
    const attempts: Record<string, string>[] = [{}, { [SIGNATURE_HEADER_NAME]: 'sha256=deadbeef' }]
    for (const headers of attempts) {
      const { stream, seen } = hugeUpload()
      const response = await revalidate(post('/api/revalidate', stream, headers))
      expect(response.status).toBe(401)
      // Only what a stream queues by itself on creation.
      expect(seen.pulled).toBeLessThanOrEqual(chunkSize)
    }
  })

  it('the Studio link endpoint answers 413 within a few KB', async () => {
    const { stream, seen } = hugeUpload()
    const response = await requestLink(post('/api/preview/links', stream))
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ error: expect.stringMatching(/over \d+ bytes/) })
    expect(seen.pulled).toBeLessThanOrEqual(3 * chunkSize)
  })

  it('the exit form answers 413 within a few KB', async () => {
    const { stream, seen } = hugeUpload()
    const response = await exitPreview(
      post('/api/preview/exit', stream, { 'content-type': 'application/x-www-form-urlencoded' }),
    )
    expect(response.status).toBe(413)
    expect(seen.pulled).toBeLessThanOrEqual(3 * chunkSize)
  })
})

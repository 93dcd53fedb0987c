import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { describe, expect, it } from 'vitest'
import { maxBodyBytes, readSignedBody } from '@/lib/content/webhook'

const secret = 'shared-secret-for-tests'
const body = JSON.stringify({ _id: 'event-1', _type: 'event', slug: 'open-culture' })

async function request(payload: string, signature?: string) {
  return new Request('http://localhost/api/revalidate', {
    method: 'POST',
    headers: signature ? { [SIGNATURE_HEADER_NAME]: signature } : {},
    body: payload,
  })
}

const sign = (payload: string, key = secret, at = Date.now()) =>
  encodeSignatureHeader(payload, at, key)

describe('readSignedBody', () => {
  it('accepts a body signed with the shared secret and parses it', async () => {
    const result = await readSignedBody(await request(body, await sign(body)), secret)
    expect(result).toEqual({ ok: true, body: JSON.parse(body) })
  })

  it('refuses a request without a signature', async () => {
    const result = await readSignedBody(await request(body), secret)
    expect(result).toMatchObject({ ok: false, status: 401 })
  })

  it('refuses a body signed with another secret', async () => {
    const result = await readSignedBody(await request(body, await sign(body, 'other')), secret)
    expect(result).toMatchObject({ ok: false, status: 401, message: 'Invalid signature' })
  })

  it('refuses a signed body that was altered on the way', async () => {
    const signature = await sign(body)
    const altered = body.replace('open-culture', 'elsewhere')
    expect(await readSignedBody(await request(altered, signature), secret)).toMatchObject({
      ok: false,
      status: 401,
    })
  })

  it('refuses a signature header that is not in Sanity format', async () => {
    for (const header of ['garbage', 't=abc,v1=xyz', 'v1=only']) {
      expect(await readSignedBody(await request(body, header), secret)).toMatchObject({
        ok: false,
        status: 401,
      })
    }
  })

  it('answers 400, not 401, only when a correctly signed body is not JSON', async () => {
    const broken = '{"_id": "event-1",'
    expect(await readSignedBody(await request(broken, await sign(broken)), secret)).toMatchObject({
      ok: false,
      status: 400,
    })
    expect(
      await readSignedBody(await request(broken, await sign(broken, 'other')), secret),
    ).toMatchObject({ ok: false, status: 401 })
  })

  it('refuses an oversized body before checking it', async () => {
    const huge = JSON.stringify({ _id: 'x', _type: 'event', pad: 'x'.repeat(maxBodyBytes) })
    expect(await readSignedBody(await request(huge, await sign(huge)), secret)).toMatchObject({
      ok: false,
      status: 413,
    })
  })
})

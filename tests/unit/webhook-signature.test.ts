import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { POST } from '@/app/api/revalidate/route'
import { maxBodyBytes, readSignedBody } from '@/lib/content/webhook'
import { defaultMaxAgeSeconds, webhookWindow } from '@/lib/content/webhook-window'

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

const minute = 60_000

describe('readSignedBody: the signature timestamp', () => {
  it('refuses a delivery signed in the year 2286, before reading its body', async () => {
    const at = 9_999_999_999_999 // 2286-11-20
    const result = await readSignedBody(await request(body, await sign(body, secret, at)), secret)
    expect(result).toEqual({
      ok: false,
      status: 401,
      message: 'Signature timestamp is in the future',
    })
  })

  it('refuses a replay of a delivery older than the window (30 minutes by default)', async () => {
    const old = await sign(body, secret, Date.now() - 2 * 60 * minute)
    expect(await readSignedBody(await request(body, old), secret)).toEqual({
      ok: false,
      status: 401,
      message: 'Signature timestamp is older than 1800 s (a replayed or long-delayed delivery)',
    })
  })

  it("accepts Sanity's retries within the window and a clock a few minutes ahead", async () => {
    for (const at of [Date.now() - 29 * minute, Date.now() - 1000, Date.now() + 4 * minute]) {
      const result = await readSignedBody(await request(body, await sign(body, secret, at)), secret)
      expect(result, new Date(at).toISOString()).toEqual({ ok: true, body: JSON.parse(body) })
    }
    const ahead = await sign(body, secret, Date.now() + 6 * minute)
    expect(await readSignedBody(await request(body, ahead), secret)).toMatchObject({ status: 401 })
  })

  it('takes the window it is given', async () => {
    const now = Date.parse('2026-05-04T10:00:00Z')
    const signature = await sign(body, secret, now - 10 * minute)
    const within = await readSignedBody(await request(body, signature), secret, {
      now,
      maxAgeMs: 15 * minute,
    })
    expect(within.ok).toBe(true)
    const beyond = await readSignedBody(await request(body, signature), secret, {
      now,
      maxAgeMs: 5 * minute,
    })
    expect(beyond).toMatchObject({ ok: false, status: 401 })
  })
})

describe('webhookWindow (SANITY_WEBHOOK_MAX_AGE_SECONDS)', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('defaults to 30 minutes and reads whole seconds within a minute and a day', () => {
    expect(defaultMaxAgeSeconds).toBe(1800)
    expect(webhookWindow({})).toEqual({ ok: true, maxAgeMs: 1_800_000 })
    expect(webhookWindow({ SANITY_WEBHOOK_MAX_AGE_SECONDS: ' ' })).toEqual({
      ok: true,
      maxAgeMs: 1_800_000,
    })
    expect(webhookWindow({ SANITY_WEBHOOK_MAX_AGE_SECONDS: '300' })).toEqual({
      ok: true,
      maxAgeMs: 300_000,
    })
  })

  it.each(['soon', '-5', '0', '30', '90.5', '86401', 'Infinity'])(
    'names the variable when it is %j',
    (value) => {
      const window = webhookWindow({ SANITY_WEBHOOK_MAX_AGE_SECONDS: value })
      expect(window).toEqual({
        ok: false,
        message: expect.stringContaining('SANITY_WEBHOOK_MAX_AGE_SECONDS must be'),
      })
    },
  )

  it('a misconfigured window makes the webhook answer 503 with the reason, never 500', async () => {
    vi.stubEnv('SANITY_REVALIDATE_SECRET', secret)
    vi.stubEnv('SANITY_WEBHOOK_MAX_AGE_SECONDS', 'half an hour')
    const response = await POST(await request(body, await sign(body)))
    expect(response.status).toBe(503)
    expect((await response.json()).message).toContain('SANITY_WEBHOOK_MAX_AGE_SECONDS')
  })
})

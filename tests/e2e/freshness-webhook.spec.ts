import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { expiryTiming } from '../../lib/content/revalidation'
import { parseAssignment } from '../../scripts/publish/edit'
import { e2e } from './env'
import { ContentEditor } from './helpers/content'
import { heading, seed } from './helpers/pages'

/**
 * Only a webhook signed with the shared secret revalidates anything. The dataset is
 * changed first (without telling the site), so a request that wrongly got through would
 * show the new title.
 */
const editor = new ContentEditor()
const body = JSON.stringify({
  _id: seed.eventId,
  _type: 'event',
  slug: seed.eventPath.split('/').pop(),
})

async function post(request: APIRequestContext, payload: string, signature?: string) {
  return request.post('/api/revalidate', {
    headers: {
      'content-type': 'application/json',
      ...(signature ? { [SIGNATURE_HEADER_NAME]: signature } : {}),
    },
    // Raw bytes: the signature covers exactly what is sent.
    data: Buffer.from(payload),
  })
}

test.describe('with a change the site was not told about', () => {
  test.beforeEach(async ({ request }) => {
    // Earlier webhooks expire their tags once more a little later (expiryTiming); let that
    // pass, or it would show the unannounced change below and look like a leak.
    await new Promise((resolve) => setTimeout(resolve, expiryTiming.repeatAfterMs + 500))
    await editor.snapshot()
    // Rendered (and cached) before the change, so only a revalidation can show the change.
    expect(await heading(request, seed.eventPath)).toBe(seed.title)
    await editor.edit(seed.eventId, {
      kind: 'update',
      edits: [parseAssignment('title.en=Published Without A Webhook')],
    })
  })
  test.afterEach(() => editor.restore())

  test('a forged, a foreign or a missing signature gets 401 and the page is unchanged', async ({
    request,
  }) => {
    expect(await heading(request, seed.eventPath)).toBe(seed.title)
    const now = Date.now()
    const signedElsewhere = await encodeSignatureHeader(body, now - 60_000, 'another-secret')
    const attempts = [
      ['forged', `t=${now},v1=${Buffer.from('not a real signature').toString('base64url')}`],
      ['replayed with another secret', signedElsewhere],
      ['missing', undefined],
      ['malformed', 'sha256=deadbeef'],
    ] as const
    for (const [what, signature] of attempts) {
      const response = await post(request, body, signature)
      expect(response.status(), `${what} signature`).toBe(401)
      expect(await response.json()).not.toHaveProperty('revalidated')
    }
    // A valid signature for another body does not carry over to this one.
    const otherBody = JSON.stringify({ _id: 'person-x', _type: 'person' })
    const borrowed = await encodeSignatureHeader(otherBody, now, e2e.revalidateSecret)
    expect((await post(request, body, borrowed)).status()).toBe(401)

    expect(await heading(request, seed.eventPath)).toBe(seed.title)
    expect(await heading(request, seed.eventPath)).toBe(seed.title)
  })

  test('a correctly signed body that is not a document gets 400 and the page is unchanged', async ({
    request,
  }) => {
    const sign = (payload: string) =>
      encodeSignatureHeader(payload, Date.now(), e2e.revalidateSecret)
    for (const payload of [
      '{"hello":"world"}',
      '[1,2,3]',
      '{"_id":42,"_type":"event"}',
      'not json',
    ]) {
      const response = await post(request, payload, await sign(payload))
      expect(response.status(), payload).toBe(400)
      expect(await response.json()).toHaveProperty('message')
    }
    expect(await heading(request, seed.eventPath)).toBe(seed.title)
  })

  test('a signed draft change is accepted but revalidates nothing public', async ({ request }) => {
    const draft = JSON.stringify({ _id: `drafts.${seed.eventId}`, _type: 'event', slug: null })
    const response = await post(
      request,
      draft,
      await encodeSignatureHeader(draft, Date.now(), e2e.revalidateSecret),
    )
    expect(response.status()).toBe(200)
    expect(await response.json()).toMatchObject({ revalidated: [] })
    expect(await heading(request, seed.eventPath)).toBe(seed.title)
  })

  test('the correctly signed webhook then shows the change', async ({ request }) => {
    const response = await post(
      request,
      body,
      await encodeSignatureHeader(body, Date.now(), e2e.revalidateSecret),
    )
    expect(response.status()).toBe(200)
    expect(await heading(request, seed.eventPath)).toBe('Published Without A Webhook')
  })
})

test('only POST is accepted', async ({ request }) => {
  expect((await request.get('/api/revalidate')).status()).toBe(405)
})

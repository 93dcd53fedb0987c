import { afterEach, describe, expect, it, vi } from 'vitest'
import { createReviewerLink } from '@/sanity/plugins/share-preview-link/create-link'
import {
  previewLifetimes,
  requestPreviewLink,
  type Fetch,
} from '@/sanity/plugins/share-preview-link/request'
import { startContentLake, type ContentLake } from '../../support/content-lake'
import { testClient } from '../../fixtures/studio'

/**
 * The Studio side of reviewer links, against the site's contract:
 * POST /api/preview/links {secret, path, hours} -> {url, expiresAt} | 4xx {error}.
 */
type Call = { url: string; init: RequestInit }

function siteAnswering(status: number, body: unknown, calls: Call[] = []): Fetch {
  return async (url, init) => {
    calls.push({ url, init })
    const text = typeof body === 'string' ? body : JSON.stringify(body)
    return new Response(text, { status, headers: { 'content-type': 'application/json' } })
  }
}

const request = { secret: 's3cret', path: '/en/events/open-source-week', hours: 48 }

describe('requestPreviewLink', () => {
  it('posts the secret, path and lifetime as JSON and returns the link and its expiry', async () => {
    const calls: Call[] = []
    const result = await requestPreviewLink(request, {
      fetch: siteAnswering(
        200,
        {
          url: 'https://portal.example.org/api/preview/open?token=abc',
          expiresAt: '2030-01-03T10:00:00.000Z',
        },
        calls,
      ),
    })
    expect(result).toEqual({
      ok: true,
      url: 'https://portal.example.org/api/preview/open?token=abc',
      expiresAt: new Date('2030-01-03T10:00:00.000Z'),
    })
    expect(calls).toHaveLength(1)
    expect(calls[0]?.url).toBe('/api/preview/links')
    expect(calls[0]?.init.method).toBe('POST')
    expect(new Headers(calls[0]?.init.headers).get('content-type')).toBe('application/json')
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual(request)
  })

  it.each([
    [401, 'The preview secret is invalid or has expired.'],
    [400, 'The path must be a page of this site.'],
    [501, 'SANITY_API_READ_TOKEN is not set, so Studio secrets cannot be checked.'],
  ])("shows the site's reason when it refuses (%i)", async (status, reason) => {
    const result = await requestPreviewLink(request, {
      fetch: siteAnswering(status, { error: reason }),
    })
    expect(result).toEqual({ ok: false, message: `The site did not create the link: ${reason}` })
  })

  it.each([
    ['a server error without a reason', 500, { message: 'boom' }],
    [
      'a success without a link',
      200,
      { url: 'javascript:alert(1)', expiresAt: '2030-01-01T00:00:00Z' },
    ],
    ['a success with a bad expiry', 200, { url: 'https://x.org/p', expiresAt: 'tomorrow' }],
    ['an HTML error page', 404, '<!doctype html><h1>Not found</h1>'],
  ])('reports %s as an unexpected answer', async (_, status, body) => {
    const result = await requestPreviewLink(request, { fetch: siteAnswering(status, body) })
    expect(result).toEqual({
      ok: false,
      message: `The site gave an unexpected answer (HTTP ${status}). Try again, or ask a developer to check the site's logs.`,
    })
  })

  it('says so when the site cannot be reached', async () => {
    const result = await requestPreviewLink(request, {
      fetch: async () => {
        throw new TypeError('fetch failed')
      },
    })
    expect(result).toEqual({
      ok: false,
      message: 'The site could not be reached. Check your connection and try again.',
    })
  })

  it('offers 24 hours, 48 hours and 7 days', () => {
    expect(previewLifetimes.map((lifetime) => lifetime.hours)).toEqual([24, 48, 168])
  })
})

describe('createReviewerLink', () => {
  let lake: ContentLake | undefined
  afterEach(async () => {
    vi.restoreAllMocks()
    await lake?.close()
    lake = undefined
  })

  it("writes a preview secret with the editor's client and hands exactly that secret to the site", async () => {
    lake = await startContentLake([
      // An expired secret from earlier: creating a new one clears it away.
      {
        _id: 'drafts.old-secret',
        _type: 'sanity.previewUrlSecret',
        secret: 'old',
        _updatedAt: '2020-01-01T00:00:00.000Z',
      },
    ])
    const client = testClient(lake.url)
    const calls: Call[] = []
    const result = await createReviewerLink({
      client,
      path: '/en/people/salem-avan',
      hours: 24,
      studioUrl: 'https://portal.example.org/studio',
      userId: 'editor-1',
      fetch: siteAnswering(
        200,
        { url: 'https://portal.example.org/p/1', expiresAt: '2030-01-02T00:00:00Z' },
        calls,
      ),
    })
    expect(result).toMatchObject({ ok: true, url: 'https://portal.example.org/p/1' })

    const secrets = [...lake.documents.values()].filter(
      (doc) => doc._type === 'sanity.previewUrlSecret',
    )
    expect(secrets).toHaveLength(1)
    expect(secrets[0]).toMatchObject({
      _id: expect.stringMatching(/^drafts\./),
      source: 'share-preview-link',
      studioUrl: 'https://portal.example.org/studio',
      userId: 'editor-1',
    })
    const sent = JSON.parse(String(calls[0]?.init.body))
    expect(sent).toEqual({ secret: secrets[0]?.secret, path: '/en/people/salem-avan', hours: 24 })
  })

  it('does not call the site when the Studio cannot write the secret', async () => {
    // The secret library logs its own failed clean-up; the test only cares about the result.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const calls: Call[] = []
    const client = testClient('http://127.0.0.1:9')
    const result = await createReviewerLink({
      client,
      path: '/en/events/x',
      hours: 24,
      studioUrl: 'https://portal.example.org/studio',
      fetch: siteAnswering(200, {}, calls),
    })
    expect(result).toEqual({
      ok: false,
      message:
        'The Studio could not create a preview secret. You may need permission to edit drafts; ask an administrator.',
    })
    expect(calls).toEqual([])
  })
})

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { parseDataset } from '@/lib/content/local'
import { createSanityClient } from '@/lib/content/sanity/client'
import { previewConfig } from '@/lib/preview/config'
import { readLinkQuery } from '@/lib/preview/link'
import { createStudioLink } from '@/lib/preview/studio-links'
import { verify } from '@/lib/preview/token'
import { describeRequest, startContentLake, type ContentLake } from '../fixtures/content-lake'

const token = 'server-read-token'
const previewSecret = 'a-test-secret-that-is-long-enough-0123456789'
const config = previewConfig({ PREVIEW_SECRET: previewSecret })
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()

// What @sanity/preview-url-secret's createPreviewSecret writes: a draft document that
// only a token with draft access can read, valid for an hour after its last update.
const dataset = parseDataset(
  '/virtual',
  [
    {
      _id: 'drafts.0b6c2a57-secret',
      _type: 'sanity.previewUrlSecret',
      _updatedAt: minutesAgo(5),
      secret: 'fresh-studio-secret',
      source: 'event-preview-link',
      studioUrl: 'https://events.example/studio',
    },
    {
      _id: 'drafts.7d1f9e40-secret',
      _type: 'sanity.previewUrlSecret',
      _updatedAt: minutesAgo(90),
      secret: 'stale-studio-secret',
      source: 'event-preview-link',
      studioUrl: 'https://events.example/studio',
    },
  ]
    .map((doc) => JSON.stringify(doc))
    .join('\n'),
)

let lake: ContentLake

function client(withToken = token) {
  const project = {
    projectId: 'test',
    dataset: 'production',
    apiVersion: '2025-09-01',
    apiHost: lake.url,
  }
  return createSanityClient(project).withConfig({ token: withToken, maxRetries: 0 })
}

const deps = () => ({ client: client(), config, baseUrl: 'https://events.example' })

beforeAll(async () => {
  lake = await startContentLake({ data: dataset, token })
})
afterAll(() => lake.close())

describe('preview links requested by the Studio', () => {
  it('a fresh Studio secret gets a signed link for the path and lifetime asked for', async () => {
    const before = Date.now()
    const result = await createStudioLink(
      { secret: 'fresh-studio-secret', path: '/en/events/a', hours: 24 },
      deps(),
    )
    expect(result.status).toBe(200)
    if (result.status !== 200) return
    const url = new URL(result.body.url)
    expect(url.origin + url.pathname).toBe('https://events.example/api/preview')
    const verdict = verify(readLinkQuery(url.searchParams), {
      secret: previewSecret,
      revoked: new Set(),
      now: Date.now(),
    })
    expect(verdict.ok && verdict.grant.scope).toBe('/en/events/a')
    const expires = Date.parse(result.body.expiresAt)
    expect(expires).toBeGreaterThan(before + 24 * 3_600_000 - 2000)
    expect(expires).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000)
    // Checked the way next-sanity does it: raw perspective, with the server's token.
    expect(describeRequest(lake.requests.at(-1))).toMatch(
      /^GET \/v2025-02-19\/data\/query\/production\?/,
    )
    expect(describeRequest(lake.requests.at(-1))).toMatch(/perspective=raw.* \[token\]$/)
    expect(decodeURIComponent(describeRequest(lake.requests.at(-1)))).toContain(
      'sanity.previewUrlSecret',
    )
  })

  it('signs a whole language, as the dialog asks for it, as it is', async () => {
    const result = await createStudioLink(
      { secret: 'fresh-studio-secret', path: '/fr/*', hours: 24 },
      deps(),
    )
    if (result.status !== 200) throw new Error(`refused with ${result.status}`)
    const query = readLinkQuery(new URL(result.body.url).searchParams)
    const verdict = verify(query, { secret: previewSecret, revoked: new Set(), now: Date.now() })
    expect(verdict.ok && verdict.grant.scope).toBe('/fr/*')
  })

  it.each([
    ['an unknown secret', 'forged-studio-secret'],
    ['a secret older than an hour', 'stale-studio-secret'],
  ])('%s is refused with 401', async (_, secret) => {
    const result = await createStudioLink({ secret, path: '/en/events/a', hours: 24 }, deps())
    expect(result).toEqual({
      status: 401,
      body: { error: 'The Studio secret is invalid or has expired.' },
    })
  })

  it('a read token the Content Lake does not accept cannot mint links', async () => {
    const result = await createStudioLink(
      { secret: 'fresh-studio-secret', path: '/en/events/a' },
      { ...deps(), client: client('wrong-token') },
    )
    expect(result.status).toBe(502)
  })

  it.each([
    [undefined, /JSON object/],
    [{ path: '/en/events/a' }, /secret must be a string/],
    [{ secret: 'fresh-studio-secret', path: '/en/../studio' }, /not a site path/],
    [{ secret: 'fresh-studio-secret', path: '/en/events/a', hours: 169 }, /at most 168/],
    [{ secret: 'fresh-studio-secret', path: '/en/events/a', hours: 0 }, /more than 0/],
    [
      { secret: 'fresh-studio-secret', path: '/en/events/a', hours: '48' },
      /hours must be a number/,
    ],
  ])('refuses the body %j with 400', async (body, message) => {
    const count = lake.requests.length
    const result = await createStudioLink(body, deps())
    expect(result.status).toBe(400)
    expect('error' in result.body && result.body.error).toMatch(message)
    expect(lake.requests.length).toBe(count)
  })

  it('answers 501 when previews or the project are not configured', async () => {
    const noSecret = await createStudioLink(
      { secret: 'fresh-studio-secret', path: '/en/events/a' },
      { ...deps(), config: previewConfig({}) },
    )
    expect(noSecret).toEqual({
      status: 501,
      body: { error: expect.stringMatching(/PREVIEW_SECRET/) },
    })
    const noProject = await createStudioLink(
      { secret: 'fresh-studio-secret', path: '/en/events/a' },
      { ...deps(), client: { missing: 'No Sanity project is configured' } },
    )
    expect(noProject).toEqual({ status: 501, body: { error: 'No Sanity project is configured' } })
  })

  it('the endpoint without a Sanity project says so with 501', async () => {
    vi.stubEnv('NEXT_PUBLIC_SANITY_PROJECT_ID', '')
    vi.stubEnv('PREVIEW_SECRET', previewSecret)
    vi.resetModules()
    const { POST } = await import('@/app/api/preview/links/route')
    const response = await POST(
      new Request('http://portal.test/api/preview/links', {
        method: 'POST',
        body: JSON.stringify({ secret: 'x', path: '/en/events/a', hours: 1 }),
      }),
    )
    expect(response.status).toBe(501)
    expect(await response.json()).toEqual({
      error: expect.stringContaining('No Sanity project is configured'),
    })
    vi.unstubAllEnvs()
  })
})

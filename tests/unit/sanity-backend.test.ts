import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { startContentLake, type ContentLake } from '../fixtures/content-lake'

/**
 * The Sanity backend as the site configures it from the environment: the real @sanity/client
 * (through lib/content) talking to the Content Lake stand-in.
 */
const token = 'backend-read-token'
const slug = 'from-open-software-to-open-culture'
const slugQuery = '*[_type == "event" && slug.current == $slug][0]{_id, "title": title.en}'
let lake: ContentLake

beforeAll(async () => {
  lake = await startContentLake({ dir: path.resolve('sanity/seed'), token, projectId: 'abc123' })
})
afterAll(() => lake.close())
afterEach(() => {
  vi.unstubAllEnvs()
  lake.requests.length = 0
})

/** Loads lib/content afresh with a configured project, as a server would at start-up. */
async function sanityBackend(readToken: string | undefined) {
  vi.resetModules()
  vi.stubEnv('NEXT_PUBLIC_SANITY_PROJECT_ID', 'abc123')
  vi.stubEnv('NEXT_PUBLIC_SANITY_DATASET', 'production')
  vi.stubEnv('NEXT_PUBLIC_SANITY_API_VERSION', '2025-09-01')
  vi.stubEnv('NEXT_PUBLIC_SANITY_API_HOST', lake.url)
  vi.stubEnv('SANITY_API_READ_TOKEN', readToken ?? '')
  return import('@/lib/content/source')
}

function lastRequest() {
  const request = lake.requests.at(-1)
  if (!request) throw new Error('the stand-in received no request')
  return request
}

describe('Sanity backend against the Content Lake stand-in', () => {
  it('is chosen when a project id is configured', async () => {
    const { backend } = await sanityBackend(token)
    expect(backend).toBe('sanity')
  })

  it('reads published content without a token, with JSON-encoded parameters', async () => {
    const { runQuery } = await sanityBackend(token)
    const result = await runQuery(slugQuery, { slug }, 'published')
    expect(result).toEqual({
      _id: 'event-from-open-software-to-open-culture',
      title: 'From Open Software to Open Culture',
    })
    const request = lastRequest()
    expect(request.method).toBe('GET')
    expect(request.url.pathname).toBe('/v2025-09-01/data/query/production')
    expect(request.url.searchParams.get('query')).toBe(slugQuery)
    expect(request.url.searchParams.get('$slug')).toBe(JSON.stringify(slug))
    expect(request.url.searchParams.get('perspective')).toBe('published')
    expect(request.projectHeader).toBe('abc123')
    // The read token never travels with public reads (they may be served from the CDN).
    expect(request.authorization).toBeUndefined()
  })

  it('reads drafts with the server-side token in the drafts perspective', async () => {
    const { runQuery } = await sanityBackend(token)
    const result = await runQuery(slugQuery, { slug }, 'drafts')
    expect(result).toEqual({
      _id: 'event-from-open-software-to-open-culture',
      title: 'From Open Software to Open Culture: the full recording',
    })
    const request = lastRequest()
    expect(request.url.searchParams.get('perspective')).toBe('drafts')
    expect(request.authorization).toBe(`Bearer ${token}`)
  })

  it('refuses drafts without a token before sending anything, naming the variable', async () => {
    const { runQuery } = await sanityBackend(undefined)
    await expect(runQuery(slugQuery, { slug }, 'drafts')).rejects.toThrow('SANITY_API_READ_TOKEN')
    expect(lake.requests).toHaveLength(0)
  })

  it('surfaces a rejected token as the API’s 401', async () => {
    const { runQuery } = await sanityBackend('expired-token')
    await expect(runQuery(slugQuery, { slug }, 'drafts')).rejects.toMatchObject({
      statusCode: 401,
      message: expect.stringContaining('Session not found'),
    })
  })

  it('reports a GROQ error with the query position, as the real API does', async () => {
    const { runQuery } = await sanityBackend(token)
    await expect(runQuery('*[_type == "event"', {}, 'published')).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('GROQ query parse error'),
    })
    await expect(runQuery(slugQuery, {}, 'published')).rejects.toThrow(
      'param $slug referenced, but not provided',
    )
  })

  it('switches to POST for a long query, and the answer is the same', async () => {
    const { runQuery } = await sanityBackend(token)
    const padding = 'x'.repeat(12_000)
    const result = await runQuery(
      '*[_type == "event" && slug.current == $slug && $padding != ""][0]._id',
      { slug, padding },
      'published',
    )
    expect(result).toBe('event-from-open-software-to-open-culture')
    const request = lastRequest()
    expect(request.method).toBe('POST')
    expect(request.body).toMatchObject({ params: { slug, padding } })
  })
})

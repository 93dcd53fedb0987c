import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startContentLake, type ContentLake } from '../fixtures/content-lake'

/** The HTTP contract of the query endpoint stand-in, spoken to with plain fetch. */
const token = 'contract-read-token'
const slugQuery = '*[_type == "event" && slug.current == $slug][0]{_id, "title": title.en}'
const slug = 'from-open-software-to-open-culture'
let lake: ContentLake

beforeAll(async () => {
  lake = await startContentLake({ dir: path.resolve('sanity/seed'), token, projectId: 'contract' })
})
afterAll(() => lake.close())

function get(search: Record<string, string>, init: RequestInit = {}, dataset = 'production') {
  const url = new URL(`${lake.url}/v2025-09-01/data/query/${dataset}`)
  for (const [key, value] of Object.entries(search)) url.searchParams.set(key, value)
  return fetch(url, init)
}

const bearer = (value: string) => ({ headers: { authorization: `Bearer ${value}` } })

describe('Content Lake stand-in: queries', () => {
  it('answers a GET with JSON-encoded parameters in the published perspective by default', async () => {
    const response = await get({ query: slugQuery, $slug: JSON.stringify(slug) })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/json')
    const body = await response.json()
    expect(body.query).toBe(slugQuery)
    expect(typeof body.ms).toBe('number')
    expect(body.result).toEqual({
      _id: 'event-from-open-software-to-open-culture',
      title: 'From Open Software to Open Culture',
    })
  })

  it('leaves the query out of the response when returnQuery=false', async () => {
    const response = await get({ query: 'count(*[_type == "person"])', returnQuery: 'false' })
    expect(await response.json()).toEqual({ result: 9, ms: expect.any(Number) })
  })

  it('answers a POST with the query and parameters in a JSON body', async () => {
    const response = await fetch(
      `${lake.url}/v2025-09-01/data/query/production?returnQuery=false`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: slugQuery, params: { slug } }),
      },
    )
    expect((await response.json()).result._id).toBe('event-from-open-software-to-open-culture')
  })
})

describe('Content Lake stand-in: perspectives and tokens', () => {
  it('refuses drafts without a token, with 401 and Sanity’s unauthorised body', async () => {
    const response = await get({
      query: slugQuery,
      $slug: JSON.stringify(slug),
      perspective: 'drafts',
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ statusCode: 401, error: 'Unauthorized' })
  })

  it('refuses a wrong token even for published reads', async () => {
    const response = await get({ query: 'count(*)' }, bearer('forged'))
    expect(response.status).toBe(401)
    expect((await response.json()).message).toBe('Session not found')
  })

  it('serves drafts (overlaid onto published ids) and raw with the right token', async () => {
    const drafts = await get(
      { query: slugQuery, $slug: JSON.stringify(slug), perspective: 'drafts' },
      bearer(token),
    )
    expect((await drafts.json()).result).toEqual({
      _id: 'event-from-open-software-to-open-culture',
      title: 'From Open Software to Open Culture: the full recording',
    })
    const raw = await get(
      { query: '*[_id in path("drafts.**")]._id', perspective: 'raw' },
      bearer(token),
    )
    expect((await raw.json()).result).toContain('drafts.event-from-open-software-to-open-culture')
  })

  it('accepts the deprecated previewDrafts name and rejects unknown perspectives', async () => {
    const preview = await get(
      { query: 'count(*[_type == "event"])', perspective: 'previewDrafts' },
      bearer(token),
    )
    expect((await preview.json()).result).toBe(2)
    const unknown = await get({ query: 'count(*)', perspective: 'everything' }, bearer(token))
    expect(unknown.status).toBe(400)
  })
})

describe('Content Lake stand-in: errors', () => {
  it('answers an unknown dataset with 404', async () => {
    const response = await get({ query: 'count(*)' }, {}, 'staging')
    expect(response.status).toBe(404)
    expect((await response.json()).error.description).toContain('Dataset "staging" not found')
  })

  it('answers a GROQ syntax error with 400 and a queryParseError body', async () => {
    const response = await get({ query: '*[_type == "event"' })
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error).toMatchObject({ type: 'queryParseError', query: '*[_type == "event"' })
    expect(error.description).toMatch(/syntax error/i)
    expect(error.start).toEqual(expect.any(Number))
  })

  it('answers a parameter the query uses but the request lacks with 400, naming it', async () => {
    const response = await get({ query: slugQuery })
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error.type).toBe('queryParseError')
    expect(error.description).toBe('param $slug referenced, but not provided')
    expect(slugQuery.slice(error.start, error.end)).toBe('$slug')
  })

  it('answers a parameter that is not JSON with 400', async () => {
    const response = await get({ query: slugQuery, $slug: 'not-json' })
    expect(response.status).toBe(400)
    expect((await response.json()).error.description).toContain('$slug')
  })
})

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { parseDataset } from '@/lib/content/local'
import { describeRequest, startContentLake, type ContentLake } from '../fixtures/content-lake'

/** Draft mode asks the content source for the `drafts` perspective: both backends honour it. */
const documents = [
  { _id: 'event-a', _type: 'event', title: 'Published A' },
  { _id: 'drafts.event-a', _type: 'event', title: 'Draft A' },
  { _id: 'drafts.event-b', _type: 'event', title: 'Draft-only B' },
]
const dataset = parseDataset('/virtual', documents.map((d) => JSON.stringify(d)).join('\n'))
const query = '*[_type == "event"] | order(_id) .title'
const token = 'server-read-token'

let lake: ContentLake
beforeAll(async () => {
  lake = await startContentLake({ data: dataset, token })
})
afterAll(() => lake.close())
afterEach(() => {
  vi.unstubAllEnvs()
  vi.resetModules()
})

async function sanitySource(withToken: string) {
  vi.stubEnv('NEXT_PUBLIC_SANITY_PROJECT_ID', 'test')
  vi.stubEnv('NEXT_PUBLIC_SANITY_API_HOST', lake.url)
  vi.stubEnv('SANITY_API_READ_TOKEN', withToken)
  vi.resetModules()
  return import('@/lib/content/source')
}

describe('the drafts perspective on the Sanity backend', () => {
  it('published reads are anonymous and see no drafts', async () => {
    const { backend, runQuery } = await sanitySource(token)
    expect(backend).toBe('sanity')
    expect(await runQuery(query, {}, 'published')).toEqual(['Published A'])
    expect(describeRequest(lake.requests.at(-1))).not.toContain('[token]')
  })

  it('draft reads use the read token and overlay drafts, draft-only documents included', async () => {
    const { runQuery } = await sanitySource(token)
    expect(await runQuery(query, {}, 'drafts')).toEqual(['Draft A', 'Draft-only B'])
    expect(describeRequest(lake.requests.at(-1))).toMatch(/perspective=drafts.* \[token\]$/)
  })

  it('without a read token drafts are refused rather than silently published', async () => {
    const { runQuery } = await sanitySource('')
    await expect(runQuery(query, {}, 'drafts')).rejects.toThrow(/SANITY_API_READ_TOKEN/)
  })
})

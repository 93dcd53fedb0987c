import { readFileSync } from 'node:fs'
import path from 'node:path'
import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { webhookDocument } from '@/lib/content/revalidation'
import { sanityWebhook } from '@/lib/content/sanity-webhook'
import { schemaTypes } from '@/sanity/schemaTypes'

async function delta(query: string, before: object | null, after: object | null) {
  const value = await evaluate(parse(query, { mode: 'delta' }), {
    root: after ?? before,
    before,
    after,
  })
  return value.get()
}

describe('the Sanity webhook configuration', () => {
  it('fires for every document type of the schema and for nothing else', async () => {
    const documentTypes = schemaTypes.filter((t) => t.type === 'document').map((t) => t.name)
    expect(documentTypes.length).toBeGreaterThan(0)
    for (const type of documentTypes) {
      expect(await delta(sanityWebhook.filter, null, { _id: 'x', _type: type })).toBe(true)
    }
    for (const type of ['sanity.imageAsset', 'sanity.previewUrlSecret', 'system.group', 'link']) {
      expect(await delta(sanityWebhook.filter, null, { _id: 'x', _type: type })).toBe(false)
    }
  })

  it('projects a body the route accepts, with the old slug after a rename', async () => {
    const before = { _id: 'e1', _type: 'event', slug: { _type: 'slug', current: 'old' } }
    const after = { ...before, slug: { _type: 'slug', current: 'new' } }
    const body = await delta(sanityWebhook.projection, before, after)
    expect(webhookDocument.parse(body)).toEqual({
      _id: 'e1',
      _type: 'event',
      slug: 'new',
      previousSlug: 'old',
    })
    const created = await delta(sanityWebhook.projection, null, after)
    expect(webhookDocument.parse(created)).toMatchObject({ slug: 'new', previousSlug: undefined })
  })

  it('is documented with these exact strings', () => {
    const doc = readFileSync(path.resolve('docs/freshness.md'), 'utf8')
    expect(doc).toContain(sanityWebhook.filter)
    expect(doc).toContain(sanityWebhook.projection)
    expect(doc).toContain(sanityWebhook.apiVersion)
    expect(doc).toContain(sanityWebhook.path)
  })
})

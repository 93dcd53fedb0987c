import { describe, expect, it } from 'vitest'
import { planRevalidation, webhookDocument } from '@/lib/content/revalidation'

const plan = (body: unknown) => planRevalidation(webhookDocument.parse(body))

describe('webhookDocument', () => {
  it.each([
    ['an empty object', {}],
    ['a list', [{ _id: 'a', _type: 'event' }]],
    ['a string', 'event-1'],
    ['null', null],
    ['an id that is not a string', { _id: 42, _type: 'event' }],
    ['an empty type', { _id: 'event-1', _type: '' }],
    ['references that are not a list of ids', { _id: 'e', _type: 'event', references: 'x' }],
    ['a slug that is a number', { _id: 'e', _type: 'event', slug: 7 }],
  ])('rejects %s', (_, body) => {
    expect(webhookDocument.safeParse(body).success).toBe(false)
  })

  it('reads the projection, and a whole document when no projection is configured', () => {
    expect(
      webhookDocument.parse({ _id: 'e', _type: 'event', slug: 'a', previousSlug: null }),
    ).toEqual({ _id: 'e', _type: 'event', slug: 'a', previousSlug: undefined })
    const whole = { _id: 'e', _type: 'event', _rev: 'r', slug: { _type: 'slug', current: 'a' } }
    expect(webhookDocument.parse(whole).slug).toBe('a')
  })
})

describe('planRevalidation', () => {
  it('expires the document, its type (lists, feeds, sitemap) and its slug', () => {
    expect(plan({ _id: 'event-1', _type: 'event', slug: 'open-culture' })).toEqual({
      kind: 'revalidate',
      tags: ['doc:event-1', 'type:event', 'slug:event:open-culture'],
    })
  })

  it('expires the old slug too when the slug changed', () => {
    expect(plan({ _id: 'e', _type: 'event', slug: 'new', previousSlug: 'old' })).toEqual({
      kind: 'revalidate',
      tags: ['doc:e', 'type:event', 'slug:event:new', 'slug:event:old'],
    })
    expect(plan({ _id: 'e', _type: 'event', slug: 'same', previousSlug: 'same' })).toEqual({
      kind: 'revalidate',
      tags: ['doc:e', 'type:event', 'slug:event:same'],
    })
  })

  it('works for documents without a slug, such as the site settings', () => {
    expect(plan({ _id: 'siteSettings', _type: 'siteSettings', slug: null })).toEqual({
      kind: 'revalidate',
      tags: ['doc:siteSettings', 'type:siteSettings'],
    })
  })

  it('expires the published documents that reference it, when the sender lists them', () => {
    const result = plan({
      _id: 'person-1',
      _type: 'person',
      slug: 'ada',
      references: ['event-1', 'drafts.event-2', 'event-1', 'versions.r1.event-3'],
    })
    expect(result).toEqual({
      kind: 'revalidate',
      tags: ['doc:person-1', 'type:person', 'slug:person:ada', 'doc:event-1'],
    })
  })

  it('revalidates nothing for drafts and release versions: the public never sees them', () => {
    expect(plan({ _id: 'drafts.event-1', _type: 'event', slug: 'x' }).kind).toBe('skip')
    expect(plan({ _id: 'versions.r1.event-1', _type: 'event' }).kind).toBe('skip')
  })
})

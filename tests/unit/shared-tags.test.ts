import { describe, expect, it } from 'vitest'
import { expirationsOf, mergeExpirations, sharedTags } from '@/lib/server/shared-tags.mjs'

/** The merge rules of the tag expirations instances share through Redis. */
describe('shared tag expirations', () => {
  it('keep the later time of each field, so a late or repeated message changes nothing', () => {
    const manifest = new Map([['doc:a', { stale: 200, expired: 200 }]])
    expect(mergeExpirations({ 'doc:a': { stale: 100, expired: 300 } }, manifest)).toBe(true)
    expect(manifest.get('doc:a')).toEqual({ stale: 200, expired: 300 })
    expect(mergeExpirations({ 'doc:a': { stale: 200, expired: 300 } }, manifest)).toBe(false)
    expect(mergeExpirations({ 'doc:b': { expired: 50 } }, manifest)).toBe(true)
    expect(manifest.get('doc:b')).toEqual({ expired: 50 })
  })

  it('ignore what is not a time', () => {
    const manifest = new Map()
    const odd = { 'doc:c': { stale: 'soon', expired: Number.NaN }, 'doc:d': null }
    expect(mergeExpirations(odd as never, manifest)).toBe(false)
    expect(manifest.size).toBe(0)
  })

  it('send what this instance has for the tags, and nothing for tags it never expired', () => {
    const manifest = new Map([['type:event', { stale: 5, expired: 6 }]])
    expect(expirationsOf(['type:event', 'doc:none'], manifest)).toEqual({
      'type:event': { stale: 5, expired: 6 },
    })
  })

  it('are off without REDIS_URL', () => {
    expect(sharedTags({})).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { documentIds, maxDocumentTags, tagsFor } from '@/lib/content/tags'

describe('documentIds', () => {
  it('finds the ids of selected and referenced documents, drafts under their published id', () => {
    const result = {
      _id: 'drafts.event-1',
      title: 'Event',
      organisers: [{ _id: 'org-1', name: 'Org' }],
      appearances: [{ _key: 'a', person: { _id: 'person-1', organisation: { _id: 'org-2' } } }],
    }
    expect(documentIds(result)).toEqual(['event-1', 'org-1', 'person-1', 'org-2'])
  })

  it('lists the documents a query selects before the ones they reference', () => {
    const list = [
      { _id: 'event-1', series: { _id: 'series-1' } },
      { _id: 'event-2', organisers: [{ _id: 'org-1' }] },
    ]
    expect(documentIds(list).slice(0, 2)).toEqual(['event-1', 'event-2'])
  })

  it('ignores _id values that are not strings and results without documents', () => {
    expect(documentIds({ _id: 42, nested: { _id: null } })).toEqual([])
    expect(documentIds(null)).toEqual([])
    expect(documentIds(['a', 1])).toEqual([])
  })
})

describe('tagsFor', () => {
  it('tags the whole site, each type, the extra tags and each document', () => {
    const { tags, omittedIds } = tagsFor(
      ['event', 'person'],
      [{ _id: 'event-1' }],
      ['slug:event:x'],
    )
    expect(tags).toEqual(['content', 'type:event', 'type:person', 'slug:event:x', 'doc:event-1'])
    expect(omittedIds).toBe(0)
  })

  it('keeps the nearest documents when a result shows more than can be tagged', () => {
    const events = Array.from({ length: maxDocumentTags + 20 }, (_, i) => ({
      _id: `event-${i}`,
      organiser: { _id: `org-${i}` },
    }))
    const { tags, omittedIds } = tagsFor(['event'], events)
    expect(tags).toContain('doc:event-0')
    expect(tags).toContain(`doc:event-${maxDocumentTags - 1}`)
    expect(tags).not.toContain('doc:org-0')
    expect(tags.length).toBeLessThanOrEqual(128)
    expect(omittedIds).toBe(2 * (maxDocumentTags + 20) - maxDocumentTags)
  })

  it('leaves out tags longer than Next.js accepts instead of letting it drop them', () => {
    const { tags } = tagsFor([], null, [`slug:event:${'x'.repeat(300)}`])
    expect(tags).toEqual(['content'])
  })
})

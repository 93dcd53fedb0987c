import { describe, expect, it } from 'vitest'
import { applyEdits, parseAssignment, type Document } from '@/scripts/publish/edit'
import { EditError, formatPath, parsePath } from '@/scripts/publish/path'

describe('parsePath', () => {
  it('reads fields, list positions and list keys', () => {
    expect(parsePath('title.en')).toEqual(['title', 'en'])
    expect(parsePath('appearances[2].role')).toEqual(['appearances', 2, 'role'])
    expect(parsePath('appearances[_key=="a1"].person')).toEqual([
      'appearances',
      { _key: 'a1' },
      'person',
    ])
    expect(parsePath("items[_key == 'b'][0]")).toEqual(['items', { _key: 'b' }, 0])
  })

  it.each(['', '[0]', 'title..en', 'title.', 'a[x]', 'a b', 'a[0]b', '.title'])(
    'rejects %j',
    (text) => {
      expect(() => parsePath(text)).toThrow(EditError)
    },
  )

  it('writes paths back the way they are read', () => {
    const text = 'appearances[_key=="a1"].person.name[0]'
    expect(formatPath(parsePath(text))).toBe(text)
  })
})

describe('parseAssignment', () => {
  it('sets text with = and JSON with :=', () => {
    expect(parseAssignment('title.en=A = B')).toEqual({
      kind: 'set',
      path: ['title', 'en'],
      value: 'A = B',
    })
    expect(parseAssignment('capacity:=120')).toEqual({
      kind: 'set',
      path: ['capacity'],
      value: 120,
    })
    expect(parseAssignment('tags:=["a","b"]').kind).toBe('set')
    expect(parseAssignment('title.en=')).toEqual({ kind: 'set', path: ['title', 'en'], value: '' })
  })

  it('finds the assignment after a key selector that contains ==', () => {
    expect(parseAssignment('appearances[_key=="a1"].role=moderator')).toEqual({
      kind: 'set',
      path: ['appearances', { _key: 'a1' }, 'role'],
      value: 'moderator',
    })
  })

  it('rejects text without an assignment and JSON that does not parse', () => {
    expect(() => parseAssignment('title.en')).toThrow(/not an assignment/)
    expect(() => parseAssignment('capacity:=12O')).toThrow(/not JSON/)
  })
})

const event: Document = {
  _id: 'event-1',
  _type: 'event',
  title: { _type: 'localeString', en: 'Open culture' },
  appearances: [
    { _key: 'a1', role: 'panelist' },
    { _key: 'a2', role: 'speaker' },
  ],
}

describe('applyEdits', () => {
  it('changes nested fields without touching the original', () => {
    const edited = applyEdits(event, [parseAssignment('title.en=Open source')])
    expect(edited.title).toEqual({ _type: 'localeString', en: 'Open source' })
    expect(event.title).toEqual({ _type: 'localeString', en: 'Open culture' })
  })

  it('creates missing objects along a path, such as a new language', () => {
    const edited = applyEdits(event, [parseAssignment('subtitle.fr=Culture ouverte')])
    expect(edited.subtitle).toEqual({ fr: 'Culture ouverte' })
  })

  it('edits list items by key or position, and keeps the key of a replaced item', () => {
    const edited = applyEdits(event, [
      parseAssignment('appearances[_key=="a2"].role=moderator'),
      parseAssignment('appearances[0]:={"role":"host"}'),
      parseAssignment('appearances[_key=="a2"]:={"role":"chair"}'),
    ])
    expect(edited.appearances).toEqual([{ role: 'host' }, { _key: 'a2', role: 'chair' }])
  })

  it('appends at the end of a list, but not past it', () => {
    const edited = applyEdits(event, [parseAssignment('appearances[2]:={"_key":"a3"}')])
    expect(edited.appearances).toHaveLength(3)
    expect(() => applyEdits(event, [parseAssignment('appearances[5]:={}')])).toThrow(/past the end/)
  })

  it('unsets fields and list items', () => {
    const edited = applyEdits(event, [
      { kind: 'unset', path: parsePath('title.en') },
      { kind: 'unset', path: parsePath('appearances[_key=="a1"]') },
    ])
    expect(edited.title).toEqual({ _type: 'localeString' })
    expect(edited.appearances).toEqual([{ _key: 'a2', role: 'speaker' }])
    expect(() => applyEdits(event, [{ kind: 'unset', path: ['nothing'] }])).toThrow(/not set/)
  })

  it('refuses the fields the dataset manages and paths through plain values', () => {
    for (const field of ['_id', '_type', '_rev', '_updatedAt', '_createdAt']) {
      expect(() => applyEdits(event, [parseAssignment(`${field}=x`)])).toThrow(/managed/)
    }
    expect(() => applyEdits(event, [parseAssignment('title.en.short=x')])).toThrow(/holds a value/)
    expect(() => applyEdits(event, [parseAssignment('appearances[_key=="zz"].role=x')])).toThrow(
      /does not exist/,
    )
    expect(() => applyEdits(event, [parseAssignment('title[0]=x')])).toThrow(/not a list/)
  })
})

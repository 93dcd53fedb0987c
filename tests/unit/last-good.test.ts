import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/** The last good results survive a restart: a fresh module instance reads them from disk. */
let root: string

async function freshStore() {
  vi.resetModules()
  return import('@/lib/content/last-good')
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'last-good-'))
  vi.stubEnv('NEXT_DIST_DIR', path.join(root, '.next'))
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  rmSync(root, { recursive: true, force: true })
})

describe('last good results', () => {
  it('recalls what was remembered, and nothing for a query never answered', async () => {
    const store = await freshStore()
    await store.rememberResult('published\nq\n{}', [{ _id: 'e1', title: 'First' }])
    expect(await store.recallResult('published\nq\n{}')).toEqual({
      value: [{ _id: 'e1', title: 'First' }],
    })
    expect(await store.recallResult('published\nother\n{}')).toBeUndefined()
  })

  it('keeps the newest result and survives a restart of the process', async () => {
    const before = await freshStore()
    await before.rememberResult('k', { _id: 'e1', title: 'Old' })
    await before.rememberResult('k', { _id: 'e1', title: 'New' })
    const after = await freshStore()
    expect(await after.recallResult('k')).toEqual({ value: { _id: 'e1', title: 'New' } })
  })

  it('keeps no file for a result that shows no document, which anyone can ask for', async () => {
    const store = await freshStore()
    await store.rememberResult('a', undefined)
    await store.rememberResult('b', null)
    await store.rememberResult('c', { total: 0, past: 0, items: [] })
    expect(
      readdirSync(root, { recursive: true }).filter((f) => String(f).endsWith('.json')),
    ).toEqual([])
    expect(await store.recallResult('a')).toBeUndefined()
    expect(await store.recallResult('c')).toBeUndefined()
  })

  it('drops the copy of a document that is gone, so it cannot come back', async () => {
    const before = await freshStore()
    await before.rememberResult('k', { _id: 'e1', title: 'Deleted since' })
    await before.rememberResult('k', null)
    expect(await before.recallResult('k')).toBeUndefined()
    expect(await (await freshStore()).recallResult('k')).toBeUndefined()
  })

  it('leaves no temporary files behind', async () => {
    const store = await freshStore()
    await Promise.all(
      Array.from({ length: 5 }, (_, i) => store.rememberResult(`k${i}`, { _id: `e${i}` })),
    )
    const files = readdirSync(path.join(root, '.next', 'cache', 'last-good-content'))
    expect(files).toHaveLength(5)
    expect(files.every((name) => name.endsWith('.json'))).toBe(true)
  })

  it('still works in memory when the disk cannot be written', async () => {
    // A path below a file: nothing can be created there.
    vi.stubEnv('NEXT_DIST_DIR', '/dev/null/dist')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const store = await freshStore()
    await store.rememberResult('k', { _id: 'e1' })
    await store.rememberResult('k2', { _id: 'e2' })
    expect(await store.recallResult('k')).toEqual({ value: { _id: 'e1' } })
    expect(warn).toHaveBeenCalledTimes(1)
  })
})

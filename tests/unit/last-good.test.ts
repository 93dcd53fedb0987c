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
    await before.rememberResult('k', { title: 'Old' })
    await before.rememberResult('k', { title: 'New' })
    const after = await freshStore()
    expect(await after.recallResult('k')).toEqual({ value: { title: 'New' } })
  })

  it('remembers a query that found nothing as null, which is a result too', async () => {
    const store = await freshStore()
    await store.rememberResult('k', undefined)
    expect(await (await freshStore()).recallResult('k')).toEqual({ value: null })
  })

  it('leaves no temporary files behind', async () => {
    const store = await freshStore()
    await Promise.all(Array.from({ length: 5 }, (_, i) => store.rememberResult(`k${i}`, i)))
    const files = readdirSync(path.join(root, '.next', 'cache', 'last-good-content'))
    expect(files).toHaveLength(5)
    expect(files.every((name) => name.endsWith('.json'))).toBe(true)
  })

  it('still works in memory when the disk cannot be written', async () => {
    // A path below a file: nothing can be created there.
    vi.stubEnv('NEXT_DIST_DIR', '/dev/null/dist')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const store = await freshStore()
    await store.rememberResult('k', 'value')
    await store.rememberResult('k2', 'value')
    expect(await store.recallResult('k')).toEqual({ value: 'value' })
    expect(warn).toHaveBeenCalledTimes(1)
  })
})

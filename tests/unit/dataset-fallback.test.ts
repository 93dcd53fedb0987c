import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadDataset } from '@/lib/content/local'

/**
 * The local backend keeps serving the last dataset it could read when data.ndjson is
 * deleted, unreadable or corrupt, so regenerating pages never fail on a bad file.
 */
let dir: string
const file = () => path.join(dir, 'data.ndjson')
const write = (text: string) => {
  // Replaced the way the publish command does it: a new file renamed over the old one.
  writeFileSync(`${file()}.tmp`, text)
  renameSync(`${file()}.tmp`, file())
}
const titles = () => loadDataset().documents.map((d) => d.title)

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dataset-'))
  vi.stubEnv('LOCAL_DATASET_DIR', dir)
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  vi.spyOn(console, 'info').mockImplementation(() => undefined)
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  write('{"_id":"e1","_type":"event","title":"First"}\n')
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  rmSync(dir, { recursive: true, force: true })
})

describe('loadDataset', () => {
  it('reloads when the file is replaced', () => {
    expect(titles()).toEqual(['First'])
    write('{"_id":"e1","_type":"event","title":"Second"}\n')
    expect(titles()).toEqual(['Second'])
  })

  it('keeps the last good dataset when the file is deleted, and logs it once', () => {
    expect(titles()).toEqual(['First'])
    rmSync(file())
    expect(titles()).toEqual(['First'])
    expect(titles()).toEqual(['First'])
    expect(console.error).toHaveBeenCalledTimes(1)
    expect(vi.mocked(console.error).mock.calls[0]?.[0]).toMatch(/ENOENT.*last good dataset/)
  })

  it('keeps the last good dataset when the file becomes unreadable or corrupt', () => {
    expect(titles()).toEqual(['First'])
    write('\u0000\u0001 not json at all\n{"truncated": ')
    expect(titles()).toEqual(['First'])
    write('')
    expect(titles()).toEqual(['First'])
    // A folder where the file should be: it can be found but not read (EISDIR).
    rmSync(file())
    mkdirSync(file())
    expect(titles()).toEqual(['First'])
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/EISDIR/))
  })

  it('serves the repaired file as soon as it is back', () => {
    expect(titles()).toEqual(['First'])
    write('garbage')
    expect(titles()).toEqual(['First'])
    write('{"_id":"e1","_type":"event","title":"Repaired"}\n')
    expect(titles()).toEqual(['Repaired'])
    expect(console.info).toHaveBeenCalledWith(expect.stringMatching(/readable again/))
  })

  it('fails clearly when no good dataset was ever read in this folder', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'dataset-missing-'))
    vi.stubEnv('LOCAL_DATASET_DIR', empty)
    expect(() => loadDataset()).toThrow(/ENOENT/)
    rmSync(empty, { recursive: true, force: true })
  })
})

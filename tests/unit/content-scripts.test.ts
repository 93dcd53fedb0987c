import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { contentTarget, MissingConfigError } from '@/scripts/content/target'

/** The content scripts need a project; without one they say which variable to set. */
const empty = mkdtempSync(path.join(tmpdir(), 'content-scripts-'))
afterAll(() => rmSync(empty, { recursive: true, force: true }))

describe('content script configuration', () => {
  it('names the missing project variable', () => {
    expect(() => contentTarget({}, ['SANITY_API_WRITE_TOKEN'])).toThrow(MissingConfigError)
    expect(() => contentTarget({ NEXT_PUBLIC_SANITY_PROJECT_ID: '' }, [])).toThrow(
      'NEXT_PUBLIC_SANITY_PROJECT_ID is not set',
    )
  })

  it('rejects a malformed project id, naming the variable', () => {
    expect(() => contentTarget({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'My Project' }, [])).toThrow(
      'NEXT_PUBLIC_SANITY_PROJECT_ID must be a Sanity project id',
    )
  })

  it('reads the project, the dataset and the first token that is set', () => {
    const env = {
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
      NEXT_PUBLIC_SANITY_DATASET: 'staging',
      SANITY_API_READ_TOKEN: '',
      SANITY_API_WRITE_TOKEN: 'write',
    }
    expect(contentTarget(env, ['SANITY_API_READ_TOKEN', 'SANITY_API_WRITE_TOKEN'])).toEqual({
      projectId: 'abc123',
      dataset: 'staging',
      token: 'write',
    })
    expect(contentTarget({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123' }, [])).toEqual({
      projectId: 'abc123',
      dataset: 'production',
      token: undefined,
    })
  })
})

describe.each(['content-import', 'content-export'])('npm run %s without a project', (name) => {
  it('exits 1 with one clear line and touches nothing', () => {
    const tsx = path.resolve('node_modules', 'tsx', 'dist', 'cli.mjs')
    // An empty value counts as unset, as in the site.
    const env = { ...process.env, NEXT_PUBLIC_SANITY_PROJECT_ID: '' }
    // Run from an empty folder so no .env.local of this checkout is read.
    const run = spawnSync(process.execPath, [tsx, path.resolve('scripts', `${name}.ts`)], {
      cwd: empty,
      env,
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toMatch(/^NEXT_PUBLIC_SANITY_PROJECT_ID is not set\./)
    expect(run.stderr).not.toContain('    at ')
    expect(existsSync(path.join(empty, '.tmp'))).toBe(false)
  })
})

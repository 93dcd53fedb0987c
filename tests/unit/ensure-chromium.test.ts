import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * `npm run test:e2e` first runs scripts/ensure-chromium.mjs. Here it runs for real, with a
 * stand-in `apt-get` first on PATH that logs its arguments (and, when asked to, "installs"
 * Chromium by creating the file), so nothing is installed on this machine.
 */
const script = path.resolve('scripts/ensure-chromium.mjs')
const work = mkdtempSync(path.join(tmpdir(), 'ensure-chromium-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const isRoot = process.getuid?.() === 0
const canDropRoot = isRoot && existsSync('/usr/bin/setpriv')

function fakeAptGet(name: string, behaviour: 'installs' | 'does-nothing' | 'fails') {
  const dir = path.join(work, name)
  const log = path.join(dir, 'apt-get.log')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const body = {
    installs: 'if [ "$1" = install ]; then touch "$CHROMIUM_PATH"; fi\nexit 0',
    'does-nothing': 'exit 0',
    fails: 'exit 100',
  }[behaviour]
  writeFileSync(path.join(dir, 'apt-get'), `#!/bin/sh\necho "$@" >> "${log}"\n${body}\n`)
  chmodSync(path.join(dir, 'apt-get'), 0o755)
  return { dir, calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []) }
}

function run(chromium: string, apt: { dir: string }, asUser = false) {
  const command = asUser ? '/usr/bin/setpriv' : process.execPath
  const args = asUser
    ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, script]
    : [script]
  return spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, CHROMIUM_PATH: chromium, PATH: `${apt.dir}:${process.env.PATH}` },
  })
}

describe.runIf(process.platform === 'linux')('ensure-chromium', () => {
  it('does nothing when Chromium is there', () => {
    const apt = fakeAptGet('present', 'fails')
    const browser = path.join(work, 'chromium-present')
    writeFileSync(browser, '')
    expect(run(browser, apt).status).toBe(0)
    expect(apt.calls()).toEqual([])
  })

  it.runIf(isRoot)('as root, installs Debian’s chromium with apt-get', () => {
    const apt = fakeAptGet('installs', 'installs')
    const browser = path.join(work, 'chromium-installed')
    const result = run(browser, apt)
    expect(result.status).toBe(0)
    expect(apt.calls()).toEqual(['update', 'install -y chromium'])
    expect(existsSync(browser)).toBe(true)
  })

  it.runIf(isRoot)('fails clearly when apt-get fails or installs nothing usable', () => {
    const failing = run(path.join(work, 'never'), fakeAptGet('fails', 'fails'))
    expect(failing.status).toBe(1)
    expect(failing.stderr).toContain('apt-get update failed (exit code 100)')

    const silent = run(path.join(work, 'never'), fakeAptGet('silent', 'does-nothing'))
    expect(silent.status).toBe(1)
    expect(silent.stderr).toContain('Set CHROMIUM_PATH')
  })

  it.runIf(!isRoot || canDropRoot)('as another user, explains how to install it', () => {
    const apt = fakeAptGet('user', 'installs')
    const result = run(path.join(work, 'missing'), apt, canDropRoot)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('sudo apt-get update && sudo apt-get install -y chromium')
    expect(apt.calls()).toEqual([])
  })
})

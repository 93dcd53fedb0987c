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
 * `npm run test:e2e` first runs scripts/ensure-packages.mjs. Here it runs for real, with a
 * stand-in `apt-get` first on PATH that logs its arguments (and, when asked to, "installs"
 * a package by creating its file), so nothing is installed on this machine.
 */
const script = path.resolve('scripts/ensure-packages.mjs')
const work = mkdtempSync(path.join(tmpdir(), 'ensure-packages-'))
// Readable by the unprivileged user the last test runs as, so the present files are seen.
chmodSync(work, 0o755)
afterAll(() => rmSync(work, { recursive: true, force: true }))

const isRoot = process.getuid?.() === 0
const canDropRoot = isRoot && existsSync('/usr/bin/setpriv')

function fakeAptGet(name: string, behaviour: 'installs' | 'does-nothing' | 'fails') {
  const dir = path.join(work, name)
  const log = path.join(dir, 'apt-get.log')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const body = {
    installs: [
      'if [ "$1" = install ]; then',
      '  for p in "$@"; do',
      '    case "$p" in chromium) touch "$CHROMIUM_PATH";; redis-server) touch "$REDIS_SERVER_PATH";; nginx) touch "$NGINX_PATH";; esac',
      '  done',
      'fi',
      'exit 0',
    ].join('\n'),
    'does-nothing': 'exit 0',
    fails: 'exit 100',
  }[behaviour]
  writeFileSync(path.join(dir, 'apt-get'), `#!/bin/sh\necho "$@" >> "${log}"\n${body}\n`)
  chmodSync(path.join(dir, 'apt-get'), 0o755)
  return { dir, calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []) }
}

/** Files that stand for installed servers, unless a test names others. */
const present = (name: string) => {
  const file = path.join(work, `${name}-present`)
  writeFileSync(file, '')
  return file
}

function run(
  chromium: string,
  apt: { dir: string },
  asUser = false,
  servers = { redis: present('redis-server'), nginx: present('nginx') },
) {
  const command = asUser ? '/usr/bin/setpriv' : process.execPath
  const args = asUser
    ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, script]
    : [script]
  return spawnSync(command, args, {
    encoding: 'utf8',
    env: {
      ...process.env,
      CHROMIUM_PATH: chromium,
      REDIS_SERVER_PATH: servers.redis,
      NGINX_PATH: servers.nginx,
      PATH: `${apt.dir}:${process.env.PATH}`,
    },
  })
}

describe.runIf(process.platform === 'linux')('ensure-packages', () => {
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

  it.runIf(isRoot)('installs every missing package in one apt-get install', () => {
    const apt = fakeAptGet('servers', 'installs')
    const servers = { redis: path.join(work, 'redis-new'), nginx: path.join(work, 'nginx-new') }
    const result = run(present('chromium'), apt, false, servers)
    expect(result.status, result.stderr).toBe(0)
    expect(apt.calls()).toEqual(['update', 'install -y redis-server nginx'])
    expect(existsSync(servers.redis) && existsSync(servers.nginx)).toBe(true)
  })

  it.runIf(!isRoot || canDropRoot)('as another user, explains how to install it', () => {
    const apt = fakeAptGet('user', 'installs')
    const result = run(path.join(work, 'missing'), apt, canDropRoot)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('sudo apt-get update && sudo apt-get install -y chromium\n')
    expect(apt.calls()).toEqual([])
  })
})

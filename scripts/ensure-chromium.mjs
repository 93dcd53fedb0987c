#!/usr/bin/env node
/**
 * The end-to-end tests drive Debian's Chromium (Playwright's own browser download is never
 * used). Before they run, make sure it is installed: as root, install it with apt-get; as
 * anyone else, say how to install it and stop. Plain Node with no dependencies, so it also
 * runs before `npm ci` (see .ci/run).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const target = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

function fail(lines) {
  console.error(lines.join('\n'))
  process.exit(1)
}

if (!existsSync(target)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    fail([
      `Chromium is not installed at ${target}; the end-to-end tests need it.`,
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at an installed Chromium or Chrome.',
    ])
  }
  console.log(`Chromium is not installed at ${target}: installing Debian's chromium package.`)
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const run = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (run.error || run.status !== 0) {
      fail([
        `apt-get ${args.join(' ')} failed (${run.error?.message ?? `exit code ${run.status}`}).`,
        'Install Chromium by hand (apt-get install -y chromium) or set CHROMIUM_PATH.',
      ])
    }
  }
  if (!existsSync(target)) {
    fail([
      `The chromium package is installed, but ${target} does not exist.`,
      'Set CHROMIUM_PATH to the Chromium binary (Debian installs /usr/bin/chromium).',
    ])
  }
}

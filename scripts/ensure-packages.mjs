#!/usr/bin/env node
/**
 * The end-to-end tests need three Debian packages: Chromium (Playwright's own browser
 * download is never used), and the real servers the scale-out tests start on free loopback
 * ports, redis-server and nginx. Before they run, make sure each is installed: as root,
 * install the missing ones with apt-get; as anyone else, say how to install them and stop.
 * Plain Node with no dependencies, so it also runs before `npm ci` (see .ci/run).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Each package, the file the tests run, and the variable that points elsewhere. */
const packages = [
  { name: 'chromium', variable: 'CHROMIUM_PATH', fallback: '/usr/bin/chromium' },
  { name: 'redis-server', variable: 'REDIS_SERVER_PATH', fallback: '/usr/bin/redis-server' },
  { name: 'nginx', variable: 'NGINX_PATH', fallback: '/usr/sbin/nginx' },
].map((item) => ({ ...item, target: process.env[item.variable] || item.fallback }))

function fail(lines) {
  console.error(lines.join('\n'))
  process.exit(1)
}

const missing = packages.filter((item) => !existsSync(item.target))
if (missing.length > 0) {
  const names = missing.map((item) => item.name).join(' ')
  const where = missing.map((item) => `${item.name} (${item.target})`).join(', ')
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    fail([
      `Not installed: ${where}; the end-to-end tests need them.`,
      `Install them with:  sudo apt-get update && sudo apt-get install -y ${names}`,
      `or point ${missing.map((item) => item.variable).join(', ')} at installed binaries.`,
    ])
  }
  console.log(`Not installed: ${where}. Installing Debian's ${names} with apt-get.`)
  for (const args of [['update'], ['install', '-y', ...missing.map((item) => item.name)]]) {
    const run = spawnSync('apt-get', args, {
      stdio: 'inherit',
      // The tests start the servers themselves; their packages' own services stay off
      // where the system honours policy-rc.d (Debian's containers do).
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (run.error || run.status !== 0) {
      fail([
        `apt-get ${args.join(' ')} failed (${run.error?.message ?? `exit code ${run.status}`}).`,
        `Install them by hand (apt-get install -y ${names}) or set ${missing.map((item) => item.variable).join(', ')}.`,
      ])
    }
  }
  for (const item of missing) {
    if (!existsSync(item.target)) {
      fail([
        `The ${item.name} package is installed, but ${item.target} does not exist.`,
        `Set ${item.variable} to the ${item.name} binary (Debian installs ${item.fallback}).`,
      ])
    }
  }
}

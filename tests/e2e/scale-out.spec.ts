import { expect, test } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseAssignment } from '../../scripts/publish/edit'
import { publishLocal } from '../../scripts/publish/publish'
import { sendWebhook } from '../../scripts/publish/webhook'
import { buildNamed, serverEnv } from './builds'
import { e2e } from './env'
import { seed } from './helpers/pages'
import { startRedis, type TestRedis } from './support/redis'

/**
 * Two `next start` instances of the main build share tag expirations through Redis
 * (lib/server/shared-tags.mjs): a webhook received by one refreshes the page on both. They
 * run from one copy of the build (as two processes on one box would) and one copy of the
 * dataset, apart from the e2e server's.
 */
test.describe.configure({ mode: 'serial' })

const scratch = path.resolve('.tmp/e2e-scale')
const datasetDir = path.join(scratch, 'dataset')
const distDir = path.relative(process.cwd(), path.join(scratch, 'next'))
const ports = { a: e2e.port + 30, b: e2e.port + 31, redis: e2e.port + 32 }
const url = (name: 'a' | 'b') => `http://127.0.0.1:${ports[name]}`
const withinMs = 5000

let redis: TestRedis
const servers: ChildProcess[] = []
const logs: string[] = []

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000)
  rmSync(scratch, { recursive: true, force: true })
  mkdirSync(scratch, { recursive: true })
  cpSync(path.resolve('sanity/seed'), datasetDir, { recursive: true })
  const main = buildNamed('main')
  // The build without the bundler's own cache, which next start does not read.
  cpSync(path.resolve(main.distDir), distDir, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}cache${path.sep}turbopack`),
  })
  redis = await startRedis(ports.redis, path.join(scratch, 'redis'))
  for (const name of ['a', 'b'] as const) {
    const server = spawn('npx', ['next', 'start', '-p', String(ports[name]), '-H', '127.0.0.1'], {
      env: serverEnv(main, {
        NEXT_DIST_DIR: distDir,
        LOCAL_DATASET_DIR: datasetDir,
        SANITY_REVALIDATE_SECRET: e2e.revalidateSecret,
        REDIS_URL: redis.url,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    server.stdout?.on('data', (chunk: Buffer) => logs.push(`[${name}] ${chunk}`))
    server.stderr?.on('data', (chunk: Buffer) => logs.push(`[${name}] ${chunk}`))
    servers.push(server)
  }
  for (const name of ['a', 'b'] as const) await waitFor(`${url(name)}/en`)
})

test.afterAll(async () => {
  for (const server of servers) if (server.pid) process.kill(-server.pid, 'SIGTERM')
  await redis?.kill()
  rmSync(scratch, { recursive: true, force: true })
})

async function waitFor(address: string) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(address)).status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`next start did not answer at ${address}:\n${logs.join('').slice(-3000)}`)
}

async function titleOn(name: 'a' | 'b', pagePath = seed.eventPath): Promise<string> {
  const response = await fetch(`${url(name)}${pagePath}`)
  expect(response.status, `${name} ${pagePath}`).toBe(200)
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(await response.text())?.[1] ?? ''
}

/** Changes the event's title in the shared dataset and tells one instance, signed or forged. */
async function publishTitle(title: string, to: 'a' | 'b', secret = e2e.revalidateSecret) {
  const result = await publishLocal({
    datasetDir,
    id: seed.eventId,
    change: { kind: 'update', edits: [parseAssignment(`title.en=${title}`)] },
  })
  return sendWebhook(url(to), result.webhook, secret)
}

test('a webhook received by one instance refreshes the page on the other within 5 s', async () => {
  // Both instances have the page in their caches.
  for (const name of ['a', 'b'] as const) expect(await titleOn(name)).toBe(seed.title)
  expect((await publishTitle('Published Through Instance A', 'a')).status).toBe(200)
  await expect.poll(() => titleOn('b'), { timeout: withinMs }).toBe('Published Through Instance A')
  expect(await titleOn('a')).toBe('Published Through Instance A')
  // The home page, which lists the event, too.
  await expect
    .poll(async () => (await fetch(`${url('b')}/en`)).text(), { timeout: withinMs })
    .toContain('Published Through Instance A')
  expect(readFileSync(path.join(datasetDir, 'data.ndjson'), 'utf8')).toContain(
    'Published Through Instance A',
  )
})

test('a forged webhook changes nothing on either instance', async () => {
  const answer = await publishTitle('Forged Title', 'b', 'not-the-secret')
  expect(answer.status).toBe(401)
  await new Promise((resolve) => setTimeout(resolve, 1500))
  for (const name of ['a', 'b'] as const) {
    expect(await titleOn(name)).toBe('Published Through Instance A')
  }
})

test('with Redis down both instances keep serving; when it is back, publishes reach both', async () => {
  await redis.kill()
  for (const name of ['a', 'b'] as const) {
    for (const pagePath of [seed.eventPath, '/en', '/en/events', '/en/people']) {
      const response = await fetch(`${url(name)}${pagePath}`)
      expect(response.status, `${name} ${pagePath} with Redis down`).toBe(200)
    }
  }
  // A publish while Redis is down reaches the instance that received it.
  expect((await publishTitle('Published While Redis Was Down', 'b')).status).toBe(200)
  expect(await titleOn('b')).toBe('Published While Redis Was Down')

  await redis.start()
  // Instance B sends what it could not, once it has reconnected.
  await expect
    .poll(() => titleOn('a'), { timeout: withinMs + 5000 })
    .toBe('Published While Redis Was Down')
  expect((await publishTitle('Published After Redis Returned', 'a')).status).toBe(200)
  for (const name of ['a', 'b'] as const) {
    await expect
      .poll(() => titleOn(name), { timeout: withinMs })
      .toBe('Published After Redis Returned')
  }
})

import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { parseAssignment } from '../../scripts/publish/edit'
import { e2e } from './env'
import { ContentEditor } from './helpers/content'
import { heading, seed } from './helpers/pages'

/**
 * A freshly started server whose backend is down from the start has nothing in memory:
 * the last good results kept on disk (by the build and by earlier servers) stand in.
 * Runs a second `next start` on a copy of the build, so the main server is untouched.
 */
const port = Number(process.env.E2E_SECOND_PORT ?? e2e.port + 10)
const baseURL = `http://127.0.0.1:${port}`
const distDir = process.env.NEXT_DIST_DIR ?? '.next'
const copyDir = '.next-e2e-restart'
const editor = new ContentEditor()
let server: ChildProcess | undefined
let log = ''

test.beforeEach(() => editor.snapshot())
test.afterEach(async () => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
  server = undefined
  rmSync(copyDir, { recursive: true, force: true })
  await editor.restore()
})

function copyBuild() {
  rmSync(copyDir, { recursive: true, force: true })
  mkdirSync(path.join(copyDir, 'cache'), { recursive: true })
  for (const entry of readdirSync(distDir)) {
    if (entry !== 'cache')
      cpSync(path.join(distDir, entry), path.join(copyDir, entry), { recursive: true })
  }
  cpSync(
    path.join(distDir, 'cache', 'last-good-content'),
    path.join(copyDir, 'cache', 'last-good-content'),
    {
      recursive: true,
    },
  )
}

async function startServer(datasetDir: string) {
  server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: copyDir,
      LOCAL_DATASET_DIR: datasetDir,
      SANITY_REVALIDATE_SECRET: e2e.revalidateSecret,
      NEXT_PUBLIC_SITE_URL: baseURL,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  log = ''
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const ready = await fetch(`${baseURL}/api/revalidate`).then(
      (r) => r.status === 405,
      () => false,
    )
    if (ready) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the second server did not start:\n${log}`)
}

test('a restarted server with its backend down serves the last good page after a webhook', async ({
  request,
}) => {
  await editor.publish(seed.eventId, {
    kind: 'update',
    edits: [parseAssignment('title.en=Kept On Disk')],
  })
  expect(await heading(request, seed.eventPath)).toBe('Kept On Disk')

  copyBuild()
  const missing = mkdtempSync(path.join(tmpdir(), 'no-dataset-'))
  await startServer(missing)

  const body = JSON.stringify({
    _id: seed.eventId,
    _type: 'event',
    slug: seed.eventPath.split('/').pop(),
  })
  const signature = await encodeSignatureHeader(body, Date.now(), e2e.revalidateSecret)
  const webhook = await fetch(`${baseURL}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
    body,
  })
  expect(webhook.status).toBe(200)

  for (let i = 0; i < 2; i++) {
    const page = await fetch(`${baseURL}${seed.eventPath}`)
    expect(page.status).toBe(200)
    expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(await page.text())?.[1]).toBe('Kept On Disk')
  }
  expect(log).toMatch(/\[content\] backend failed, serving the last good result.*ENOENT/)
  rmSync(missing, { recursive: true, force: true })
})

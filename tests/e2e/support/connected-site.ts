import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseDataset } from '@/lib/content/local'
import { startContentLake, type ContentLake } from '../../support/content-lake'
import { e2e } from '../env'

/**
 * A second build of the site with a Sanity project configured, in its own folder
 * (.next-studio), talking to the local Content Lake stand-in instead of Sanity's hosted API.
 * NEXT_PUBLIC_ variables are fixed at build time, so connecting a project means building.
 */
export const connected = {
  port: Number(process.env.E2E_STUDIO_PORT ?? e2e.port + 10),
  distDir: '.next-studio',
  projectId: 'e2e-studio',
  readToken: 'e2e-read-token',
}
export const connectedURL = `http://127.0.0.1:${connected.port}`

export type ConnectedSite = { lake: ContentLake; stop: () => Promise<void> }

export async function startConnectedSite(): Promise<ConnectedSite> {
  const dir = path.resolve('sanity/seed')
  const seed = parseDataset(
    dir,
    readFileSync(path.join(dir, 'data.ndjson'), 'utf8'),
    readFileSync(path.join(dir, 'assets.json'), 'utf8'),
  )
  // For a quicker local rerun: E2E_STUDIO_LAKE_PORT fixes the stand-in's port (it is built
  // into the site) and E2E_STUDIO_REUSE_BUILD=1 skips the build when that port is unchanged.
  const lake = await startContentLake(seed.documents, {
    port: Number(process.env.E2E_STUDIO_LAKE_PORT ?? 0),
    studio: true,
  })
  // The browser Studio prefixes the host with the project id (e2e-studio.localhost), which
  // browsers resolve to this machine; the site's own client uses the host as given.
  const apiHost = lake.url.replace('127.0.0.1', 'localhost')
  const env = {
    ...process.env,
    NEXT_DIST_DIR: connected.distDir,
    NEXT_PUBLIC_SANITY_PROJECT_ID: connected.projectId,
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    NEXT_PUBLIC_SANITY_API_HOST: apiHost,
    NEXT_PUBLIC_SITE_URL: connectedURL,
    SANITY_API_READ_TOKEN: connected.readToken,
    // Draft mode is honoured only next to a signed scope (docs/preview.md).
    PREVIEW_SECRET: e2e.previewSecret,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  if (!(process.env.E2E_STUDIO_REUSE_BUILD === '1' && process.env.E2E_STUDIO_LAKE_PORT)) {
    await buildKeepingTsconfig(env)
  }
  const server = spawn('npx', ['next', 'start', '-p', String(connected.port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const log = collect(server)
  await waitFor(`${connectedURL}/en`, log)
  return {
    lake,
    stop: async () => {
      if (server.pid) process.kill(-server.pid, 'SIGTERM')
      await lake.close()
    },
  }
}

/**
 * `next build` adds its output folder's type paths to tsconfig.json; for this throwaway
 * build folder that edit is put back, so the test leaves the checkout as it found it.
 */
async function buildKeepingTsconfig(env: NodeJS.ProcessEnv) {
  const tsconfig = path.resolve('tsconfig.json')
  const original = readFileSync(tsconfig, 'utf8')
  try {
    await run(
      spawn('npx', ['next', 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'] }),
      'next build',
    )
  } finally {
    if (readFileSync(tsconfig, 'utf8') !== original) writeFileSync(tsconfig, original)
  }
}

function collect(child: ChildProcess): () => string {
  const chunks: string[] = []
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()))
  return () => chunks.join('').slice(-4000)
}

function run(child: ChildProcess, what: string): Promise<void> {
  const log = collect(child)
  return new Promise((resolve, reject) => {
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed (${code}):\n${log()}`)),
    )
  })
}

async function waitFor(url: string, log: () => string) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`next start did not answer at ${url}:\n${log()}`)
}

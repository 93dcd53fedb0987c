import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseDataset } from '@/lib/content/local'
import { startContentLake } from '../support/content-lake'
import { e2e } from './env'

/**
 * The production builds the end-to-end tests serve. They are made once, before Playwright
 * starts (`npm run test:e2e` runs scripts/e2e-build.ts), never inside a test hook: a build
 * takes minutes on a busy machine and no hook timeout fits every machine.
 *
 * - `main`: the bundled dataset, served by global-setup.ts.
 * - `studio`: a Sanity project configured, talking to the local Content Lake stand-in on a
 *   fixed port (NEXT_PUBLIC_ variables are fixed at build time), for studio-connected.spec.ts.
 * - `generated`: a generated dataset of 300 events, for lists-generated.spec.ts. Pages a build
 *   prerenders hold the dataset it was built with, so it needs a build of its own.
 */
export type E2eBuild = {
  name: 'main' | 'studio' | 'generated'
  distDir: string
  env: Record<string, string>
  /** Work the build depends on, done just before it; returns what to undo afterwards. */
  prepare?: () => Promise<(() => Promise<void>) | void>
}

export const connected = {
  port: Number(process.env.E2E_STUDIO_PORT ?? e2e.port + 10),
  /** The Content Lake stand-in's port, built into the studio site. */
  lakePort: Number(process.env.E2E_STUDIO_LAKE_PORT ?? e2e.port + 20),
  distDir: '.next-studio',
  projectId: 'e2e-studio',
  readToken: 'e2e-read-token',
}
export const connectedURL = `http://127.0.0.1:${connected.port}`
/**
 * The browser Studio prefixes the host with the project id (e2e-studio.localhost), which
 * browsers resolve to this machine; the site's own client uses the host as given.
 */
export const connectedApiHost = `http://localhost:${connected.lakePort}`

export const generated = {
  port: Number(process.env.E2E_GENERATED_PORT ?? e2e.port + 10),
  dir: path.resolve('.tmp/e2e-generated'),
  distDir: '.next-generated',
  events: 300,
  // More series than the filter menu holds (50), as organisers already are.
  series: 80,
  seed: '11',
}
export const generatedURL = `http://127.0.0.1:${generated.port}`

export const builds: readonly E2eBuild[] = [
  {
    name: 'main',
    distDir: '.next',
    env: { NEXT_PUBLIC_SITE_URL: e2e.baseURL },
  },
  {
    name: 'studio',
    distDir: connected.distDir,
    env: {
      NEXT_PUBLIC_SANITY_PROJECT_ID: connected.projectId,
      NEXT_PUBLIC_SANITY_DATASET: 'production',
      NEXT_PUBLIC_SANITY_API_HOST: connectedApiHost,
      NEXT_PUBLIC_SITE_URL: connectedURL,
      SANITY_API_READ_TOKEN: connected.readToken,
      // Draft mode is honoured only next to a signed scope (docs/preview.md).
      PREVIEW_SECRET: e2e.previewSecret,
    },
    // The build prerenders pages from the project, so the stand-in must answer meanwhile.
    prepare: async () => {
      const lake = await startConnectedLake()
      return () => lake.close()
    },
  },
  {
    name: 'generated',
    distDir: generated.distDir,
    env: { LOCAL_DATASET_DIR: generated.dir, NEXT_PUBLIC_SITE_URL: generatedURL },
    prepare: async () => {
      rmSync(generated.dir, { recursive: true, force: true })
      execFileSync('npx', [
        'tsx',
        'scripts/generate-dataset.ts',
        ...['--events', String(generated.events), '--seed', generated.seed],
        ...['--series', String(generated.series), '--out', generated.dir],
      ])
    },
  },
]

export function buildNamed(name: E2eBuild['name']): E2eBuild {
  const build = builds.find((candidate) => candidate.name === name)
  if (!build) throw new Error(`No e2e build named ${name}`)
  return build
}

/** The environment a build's `next start` needs: the build's own, plus its folder. */
export function serverEnv(build: E2eBuild, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...build.env,
    NEXT_DIST_DIR: build.distDir,
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  }
}

/** Fails with the command to run when a spec's build was not made. */
export function assertBuilt(build: E2eBuild): void {
  if (!existsSync(path.resolve(build.distDir, 'BUILD_ID'))) {
    throw new Error(
      `The "${build.name}" build (${build.distDir}) is missing: run \`npx tsx scripts/e2e-build.ts ${build.name}\` ` +
        '(npm run test:e2e makes every build before Playwright starts).',
    )
  }
}

/**
 * `next build` adds its output folder's type paths to tsconfig.json; for the extra build
 * folders that edit is put back, so the builds leave the checkout as they found it.
 */
export async function runBuild(build: E2eBuild): Promise<void> {
  const undo = await build.prepare?.()
  const tsconfig = path.resolve('tsconfig.json')
  const original = readFileSync(tsconfig, 'utf8')
  try {
    // Asynchronous on purpose: the studio build's stand-in answers from this same process.
    await nextBuild(serverEnv(build))
  } finally {
    if (readFileSync(tsconfig, 'utf8') !== original) writeFileSync(tsconfig, original)
    await undo?.()
  }
}

function nextBuild(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['next', 'build'], { env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`next build exited with ${signal ?? code}`))
    })
  })
}

/** The Content Lake stand-in on the bundled dataset, on the port the studio build expects. */
export async function startConnectedLake() {
  const dir = path.resolve('sanity/seed')
  const seed = parseDataset(
    dir,
    readFileSync(path.join(dir, 'data.ndjson'), 'utf8'),
    readFileSync(path.join(dir, 'assets.json'), 'utf8'),
  )
  return startContentLake(seed.documents, { port: connected.lakePort, studio: true })
}

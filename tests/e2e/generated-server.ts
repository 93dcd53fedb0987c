import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'

/**
 * A generated dataset served by its own build and `next start`. The build is separate
 * (its own dist folder): pages a build prerenders hold the dataset it was built with until
 * they are revalidated, so the seed's build would show seed content on them.
 */
export function startGeneratedSite(options: {
  dir: string
  events: number
  /** How many event series, if not the generator's default. */
  series?: number
  seed: string
  port: number
  distDir: string
}): { stop: () => void; ready: Promise<void> } {
  const { dir, port, distDir } = options
  const baseURL = `http://127.0.0.1:${port}`
  rmSync(dir, { recursive: true, force: true })
  execFileSync('npx', [
    'tsx',
    'scripts/generate-dataset.ts',
    ...['--events', String(options.events), '--seed', options.seed, '--out', dir],
    ...(options.series === undefined ? [] : ['--series', String(options.series)]),
  ])
  const env = {
    ...process.env,
    LOCAL_DATASET_DIR: dir,
    NEXT_DIST_DIR: distDir,
    NEXT_PUBLIC_SITE_URL: baseURL,
  }
  // next build adds its build folder's types to tsconfig.json; this build must not.
  const tsconfig = readFileSync('tsconfig.json', 'utf8')
  try {
    execFileSync('npx', ['next', 'build'], { env, stdio: 'ignore' })
  } finally {
    writeFileSync('tsconfig.json', tsconfig)
  }
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: 'ignore',
    detached: true,
  })
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
  }
  return { stop, ready: waitFor(`${baseURL}/en`) }
}

async function waitFor(url: string) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`next start did not answer at ${url}`)
}

import { spawn } from 'node:child_process'
import { cpSync, createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brokenEvent } from './broken-event'
import { e2e } from './env'

/**
 * Starts the production build (`next start`) on a private copy of the bundled dataset, so
 * tests may change content and send webhooks without touching sanity/seed. The copy also
 * holds one broken event, and the server's output goes to a log file tests can read.
 */
export default async function globalSetup() {
  rmSync(e2e.datasetDir, { recursive: true, force: true })
  mkdirSync(path.dirname(e2e.datasetDir), { recursive: true })
  cpSync(path.resolve('sanity/seed'), e2e.datasetDir, { recursive: true })
  const data = path.join(e2e.datasetDir, 'data.ndjson')
  writeFileSync(data, `${readFileSync(data, 'utf8').trimEnd()}\n${JSON.stringify(brokenEvent)}\n`)

  const logFile = createWriteStream(e2e.serverLog, { flags: 'w' })
  const server = spawn('npx', ['next', 'start', '-p', String(e2e.port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      LOCAL_DATASET_DIR: e2e.datasetDir,
      SANITY_REVALIDATE_SECRET: e2e.revalidateSecret,
      PREVIEW_SECRET: e2e.previewSecret,
      PREVIEW_REVOKED_IDS: e2e.previewRevokedId,
      NEXT_PUBLIC_SITE_URL: e2e.baseURL,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const log: string[] = []
  const record = (chunk: Buffer) => {
    log.push(chunk.toString())
    logFile.write(chunk)
  }
  server.stdout?.on('data', record)
  server.stderr?.on('data', record)
  process.env.E2E_SERVER_PID = String(server.pid)

  await waitForServer(`${e2e.baseURL}/en`, () => log.join(''))
  return async () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
    logFile.end()
  }
}

async function waitForServer(url: string, output: () => string) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`next start did not answer at ${url}:\n${output()}`)
}

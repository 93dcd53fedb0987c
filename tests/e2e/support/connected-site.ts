import { spawn, type ChildProcess } from 'node:child_process'
import type { ContentLake } from '../../support/content-lake'
import {
  assertBuilt,
  buildNamed,
  connected,
  connectedURL,
  serverEnv,
  startConnectedLake,
} from '../builds'

/**
 * The site built with a Sanity project configured (the `studio` build of ../builds.ts, in
 * .next-studio), talking to the local Content Lake stand-in instead of Sanity's hosted API.
 */
export { connected, connectedURL }

export type ConnectedSite = { lake: ContentLake; stop: () => Promise<void> }

export async function startConnectedSite(): Promise<ConnectedSite> {
  const build = buildNamed('studio')
  assertBuilt(build)
  const lake = await startConnectedLake()
  const server = spawn('npx', ['next', 'start', '-p', String(connected.port), '-H', '127.0.0.1'], {
    env: serverEnv(build),
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

function collect(child: ChildProcess): () => string {
  const chunks: string[] = []
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()))
  return () => chunks.join('').slice(-4000)
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

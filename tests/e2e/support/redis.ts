import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { waitForPort } from './port'

/**
 * Debian's redis-server with the shipped configuration (deploy/redis/portal.conf), on a
 * loopback port of the test's choosing and a scratch folder; stopped, killed and started
 * again by the tests.
 */
const binary = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server'

export type TestRedis = {
  url: string
  /** Kills the server at once, as a crash would. */
  kill: () => Promise<void>
  start: () => Promise<void>
}

export async function startRedis(port: number, dir: string): Promise<TestRedis> {
  mkdirSync(dir, { recursive: true })
  let child: ChildProcess | undefined
  const start = async () => {
    child = spawn(
      binary,
      [path.resolve('deploy/redis/portal.conf'), '--port', String(port), '--dir', dir],
      { stdio: 'ignore' },
    )
    if (!(await waitForPort(port))) throw new Error(`redis-server on port ${port} did not start`)
  }
  const kill = async () => {
    child?.kill('SIGKILL')
    child = undefined
    if (!(await waitForPort(port, { open: false }))) {
      throw new Error(`redis-server on port ${port} did not stop`)
    }
  }
  await start()
  return { url: `redis://127.0.0.1:${port}`, kill, start }
}

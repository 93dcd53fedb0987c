import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { createConnection } from 'node:net'
import path from 'node:path'

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
    await waitForPort(port, true)
  }
  const kill = async () => {
    child?.kill('SIGKILL')
    child = undefined
    await waitForPort(port, false)
  }
  await start()
  return { url: `redis://127.0.0.1:${port}`, kill, start }
}

async function waitForPort(port: number, open: boolean): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const listening = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' })
      socket.once('connect', () => {
        socket.end()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (listening === open) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`redis-server on port ${port} did not ${open ? 'start' : 'stop'}`)
}

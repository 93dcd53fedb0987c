import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

/** One autocannon run: requests per second, latency percentiles in ms, failures. */
export type Cell = { rps: number; p50: number; p99: number; errors: number; non2xx: number }

const run = promisify(execFile)

/**
 * Loads `url` with `connections` connections for `seconds`, autocannon in its own process.
 * Asynchronous on purpose: a server in the calling process must keep answering.
 */
export async function cannon(url: string, connections: number, seconds: number): Promise<Cell> {
  const { stdout: output } = await run(
    process.execPath,
    [
      require.resolve('autocannon/autocannon.js'),
      '-j',
      '-c',
      String(connections),
      '-d',
      String(seconds),
      url,
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  )
  const result: unknown = JSON.parse(output)
  const read = (group: string, key: string) => {
    const part = typeof result === 'object' && result !== null ? Reflect.get(result, group) : null
    const value = typeof part === 'object' && part !== null ? Reflect.get(part, key) : part
    return typeof value === 'number' ? value : Number.NaN
  }
  return {
    rps: read('requests', 'average'),
    p50: read('latency', 'p50'),
    p99: read('latency', 'p99'),
    errors: read('errors', ''),
    non2xx: read('non2xx', ''),
  }
}

import { spawn } from 'node:child_process'
import path from 'node:path'
import { z } from 'zod'

/** The part of autocannon's JSON report the tests read. */
const report = z.object({
  '2xx': z.number(),
  non2xx: z.number(),
  errors: z.number(),
  timeouts: z.number(),
  requests: z.object({ total: z.number() }),
  latency: z.object({ p99: z.number() }),
})

export type LoadReport = z.infer<typeof report>

/**
 * A short, bounded load from a separate process (autocannon on loopback). Resolves with
 * its report once the duration is over.
 */
export function load(url: string, seconds: number, connections = 4): Promise<LoadReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.resolve('node_modules/autocannon/autocannon.js'),
        '--json',
        '--connections',
        String(connections),
        '--duration',
        String(seconds),
        url,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${err}`))
      try {
        resolve(report.parse(JSON.parse(out)))
      } catch (error) {
        reject(new Error(`unreadable autocannon report: ${String(error)}\n${out}\n${err}`))
      }
    })
  })
}

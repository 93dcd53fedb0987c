import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { exportDataset, writeDataset } from '../../dataset/export'
import { day } from '../../dataset/time'

/**
 * The datasets benchmarks run on: the bundled seed, and synthetic ones generated on first
 * use into .tmp/bench/ (fixed seed, dates around today) so every bench measures the same.
 */
export const sizeNames = ['seed', '1k', '10k'] as const
export type SizeName = (typeof sizeNames)[number]

const eventsFor: Record<Exclude<SizeName, 'seed'>, number> = { '1k': 1000, '10k': 10_000 }

export function parseSizes(value: string | undefined, fallback: SizeName[]): SizeName[] {
  if (!value) return fallback
  const sizes = value.split(',').map((s) => s.trim())
  const unknown = sizes.filter((s) => !sizeNames.some((name) => name === s))
  if (unknown.length > 0)
    throw new Error(`Unknown size ${unknown.join(', ')}; use ${sizeNames.join(', ')}`)
  return sizeNames.filter((name) => sizes.includes(name))
}

export function datasetDir(size: SizeName): string {
  if (size === 'seed') return path.resolve('sanity/seed')
  const dir = path.resolve('.tmp/bench/datasets', size)
  const today = Math.floor(Date.now() / day) * day
  const stamp = path.join(dir, 'generated-for.txt')
  const fresh =
    existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === new Date(today).toISOString()
  if (!fresh) {
    const dataset = exportDataset({ events: eventsFor[size], seed: 'bench', now: today })
    writeDataset(dir, dataset)
    writeFileSync(stamp, `${new Date(today).toISOString()}\n`)
  }
  return dir
}

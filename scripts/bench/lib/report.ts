import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Small helpers every bench shares: percentiles, a Markdown table, the machine, results on disk. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank] ?? Number.NaN
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))]
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)))
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [
    line(cells[0] ?? []),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.slice(1).map(line),
  ].join('\n')
}

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-')
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0)

export function machine(): string {
  const cpus = os.cpus()
  return [
    `${os.availableParallelism()} CPUs (${cpus[0]?.model.trim() ?? 'unknown'})`,
    `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM`,
    `Node ${process.version}`,
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  ].join(', ')
}

/** Keeps the raw numbers of a run in bench-results/ (ignored by git) for docs and comparisons. */
export function saveResult(name: string, result: unknown): string {
  const dir = path.resolve('bench-results')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}.json`)
  writeFileSync(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), machine: machine(), result }, null, 2)}\n`,
  )
  return path.relative(process.cwd(), file)
}

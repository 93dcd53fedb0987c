/**
 * Generates a synthetic dataset for benchmarks and scale tests, in the format of
 * `sanity dataset export` (the same as sanity/seed/):
 *
 *   npm run dataset:generate -- --events 1000 --out .tmp/dataset-1k [--seed S] [--now ISO] [--series N] [--with-seed]
 *
 * The same seed and `--now` give the same bytes. `--now` defaults to the start of the
 * current UTC day, so about 70% of the events lie in the past whenever it is run.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { exportDataset, writeDataset } from './dataset/export'
import { sizesFor } from './dataset/generate'
import { day } from './dataset/time'

const { values } = parseArgs({
  options: {
    events: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    now: { type: 'string' },
    series: { type: 'string' },
    'with-seed': { type: 'boolean', default: false },
  },
})

function fail(message: string): never {
  console.error(
    `${message}\nUsage: generate-dataset --events N --out DIR [--seed S] [--now ISO] [--series N] [--with-seed]`,
  )
  process.exit(2)
}

const events = Number(values.events)
if (!Number.isInteger(events) || events < 1) fail('--events must be a whole number of at least 1.')
if (!values.out) fail('--out names the folder to write.')
const now = values.now ? Date.parse(values.now) : Math.floor(Date.now() / day) * day
if (Number.isNaN(now)) fail('--now must be a date such as 2026-01-01T00:00:00Z.')
const series = values.series === undefined ? undefined : Number(values.series)
if (series !== undefined && (!Number.isInteger(series) || series < 0)) {
  fail('--series must be a whole number.')
}

const seedDir = path.resolve('sanity/seed')
const started = performance.now()
const dataset = exportDataset({
  events,
  seed: values.seed,
  now,
  series,
  withSeed: values['with-seed'] ? seedDir : undefined,
})
writeDataset(path.resolve(values.out), dataset, seedDir)
const lines = dataset.ndjson.split('\n').length - 1
const sizes = sizesFor(events, series)
console.log(
  `Wrote ${lines} documents (${events} events, ${sizes.people} people, ${sizes.organisations} organisations) ` +
    `to ${values.out}: ${(dataset.ndjson.length / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`,
)

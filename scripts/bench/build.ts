/**
 * `next build` wall time and peak memory (the whole process tree, from /proc) on the seed
 * and on synthetic datasets. Each build goes to its own folder (.next-bench-<size>) from
 * a clean start, so it neither reuses nor clobbers .next.
 *
 *   npm run bench:build [-- --sizes seed,1k,10k]
 */
import { parseArgs } from 'node:util'
import { datasetDir, parseSizes } from './lib/datasets'
import { build, type BuildResult } from './lib/next-build'
import { machine, mb, saveResult, table } from './lib/report'

const budget = { seconds: 300, bytes: 4 * 1024 ** 3 }
const { values } = parseArgs({ options: { sizes: { type: 'string' } } })

async function main() {
  const sizes = parseSizes(values.sizes, ['seed', '1k', '10k'])
  console.log(`bench:build on ${machine()}\n`)
  const results: BuildResult[] = []
  for (const size of sizes) {
    datasetDir(size)
    console.log(`building on ${size} ...`)
    results.push(await build(size))
  }
  console.log(
    '\n' +
      table(
        [
          'dataset',
          'result',
          'wall s',
          'peak MiB (all processes)',
          'peak MiB (largest process)',
          'prerendered routes',
        ],
        results.map((r) => [
          r.size,
          r.exitCode === 0 ? 'ok' : `failed (${r.exitCode})`,
          r.seconds.toFixed(0),
          mb(r.peakTotal),
          mb(r.peakLargest),
          r.prerendered,
        ]),
      ),
  )
  const largest = results.at(-1)
  if (largest) {
    console.log(
      `\nBudget at ${largest.size}: < ${budget.seconds} s (${largest.seconds.toFixed(0)} s), ` +
        `< ${mb(budget.bytes)} MiB (${mb(largest.peakTotal)} MiB)`,
    )
  }
  console.log(`\nRaw numbers: ${saveResult('build', results)}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

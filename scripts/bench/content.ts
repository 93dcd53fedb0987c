/**
 * Query latency of the local content backend per page type, and the memory the loaded
 * dataset holds. Each dataset size runs in its own Node process (with --expose-gc) so heap
 * numbers are not mixed up.
 *
 *   npm run bench:content [-- --sizes seed,1k,10k --runs 30 --warmup 5]
 */
import { execFileSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import { loadDataset, queryLocal } from '../../lib/content/local'
import { loadQueryModules, pageSpecs, samplesFor, type Call } from './content-pages'
import { datasetDir, parseSizes, type SizeName } from './lib/datasets'
import { machine, mb, ms, percentile, saveResult, table } from './lib/report'

const budget = { pageP50Ms: 50, datasetMb: 500 }

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    child: { type: 'string' },
  },
})

type PageResult = {
  page: string
  status: string
  first: number
  p50: number
  p95: number
  queries: { label: string; p50: number }[]
}
type SizeResult = {
  size: SizeName
  documents: number
  loadMs: number
  datasetBytes: number
  indexedBytes: number
  pages: PageResult[]
}

function heap(): number {
  const collect = Reflect.get(globalThis, 'gc')
  if (typeof collect === 'function') {
    collect()
    collect()
  }
  return process.memoryUsage().heapUsed
}

async function measureSize(size: SizeName): Promise<SizeResult> {
  const runs = Number(values.runs)
  const warmup = Number(values.warmup)
  process.env.LOCAL_DATASET_DIR = datasetDir(size)
  const modules = await loadQueryModules()
  const before = heap()
  const started = performance.now()
  const dataset = loadDataset()
  const loadMs = performance.now() - started
  const datasetBytes = heap() - before
  const samples = samplesFor(dataset)
  const resolve = (call: Call) => ({
    label: call.name,
    query: modules.get(call.module)?.get(call.name),
  })
  const pages: PageResult[] = []
  const timings = new Map<
    string,
    { first: number; total: number[]; queries: Map<string, number[]> }
  >()
  for (const spec of pageSpecs) {
    const missing = spec.calls.map(resolve).filter((c) => !c.query)
    if (missing.length > 0) {
      pages.push({
        page: spec.page,
        status: `not built (${missing.map((m) => m.label).join(', ')})`,
        first: NaN,
        p50: NaN,
        p95: NaN,
        queries: [],
      })
      continue
    }
    timings.set(spec.page, { first: NaN, total: [], queries: new Map() })
  }
  // Pages take turns run by run, so a slow moment on a shared machine hits them all alike.
  for (let run = 0; run < warmup + runs; run++) {
    for (const spec of pageSpecs) {
      const timing = timings.get(spec.page)
      if (!timing) continue
      let total = 0
      const earlier: unknown[] = []
      for (const call of spec.calls) {
        const { label, query = '' } = resolve(call)
        // Building the parameters (reading an earlier result) is the page's work, not the query's.
        const params = call.params(samples, run, earlier)
        if (!params) {
          // Skipped as the page skips it; its place stays, so later calls read the right result.
          earlier.push(null)
          continue
        }
        const t = performance.now()
        earlier.push(await queryLocal(query, params))
        const elapsed = performance.now() - t
        total += elapsed
        if (run < warmup) continue
        const list = timing.queries.get(label) ?? []
        list.push(elapsed)
        timing.queries.set(label, list)
      }
      // The first run includes building the indexes the page's queries use.
      if (run === 0) timing.first = total
      if (run >= warmup) timing.total.push(total)
    }
  }
  for (const [page, timing] of timings) {
    pages.push({
      page,
      status: 'ok',
      first: timing.first,
      p50: percentile(timing.total, 50),
      p95: percentile(timing.total, 95),
      queries: [...timing.queries].map(([label, list]) => ({ label, p50: percentile(list, 50) })),
    })
  }
  pages.sort(
    (a, b) =>
      pageSpecs.findIndex((s) => s.page === a.page) - pageSpecs.findIndex((s) => s.page === b.page),
  )
  return {
    size,
    documents: dataset.documents.length,
    loadMs,
    datasetBytes,
    indexedBytes: heap() - before,
    pages,
  }
}

function runChild(size: SizeName): SizeResult {
  const args = [
    '--expose-gc',
    '--import',
    'tsx',
    __filename,
    '--child',
    size,
    '--runs',
    String(values.runs),
    '--warmup',
    String(values.warmup),
  ]
  const output = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  })
  const line = output.trim().split('\n').pop() ?? '{}'
  return JSON.parse(line)
}

async function main() {
  if (values.child) {
    const [size] = parseSizes(values.child, [])
    if (!size) throw new Error('--child needs a size')
    console.log(JSON.stringify(await measureSize(size)))
    return
  }
  const sizes = parseSizes(values.sizes, ['seed', '1k', '10k'])
  console.log(
    `bench:content on ${machine()}; ${values.runs} runs after ${values.warmup} warm-up runs\n`,
  )
  const results = sizes.map((size) => {
    datasetDir(size)
    return runChild(size)
  })
  console.log(
    table(
      ['dataset', 'documents', 'load ms', 'heap: dataset MB', 'heap: + views, indexes MB'],
      results.map((r) => [
        r.size,
        r.documents,
        ms(r.loadMs),
        mb(r.datasetBytes),
        mb(r.indexedBytes),
      ]),
    ),
  )
  console.log('\nAll queries of a page together, ms: first run (builds indexes) / p50 / p95:\n')
  const pages = results[0]?.pages.map((p) => p.page) ?? []
  console.log(
    table(
      ['page', ...results.map((r) => `${r.size} first / p50 / p95`)],
      pages.map((page) => [
        page,
        ...results.map((r) => {
          const found = r.pages.find((p) => p.page === page)
          return found?.status === 'ok'
            ? `${ms(found.first)} / ${ms(found.p50)} / ${ms(found.p95)}`
            : (found?.status ?? '-')
        }),
      ]),
    ),
  )
  const largest = results.at(-1)
  if (largest) {
    console.log(`\nPer query at ${largest.size}, p50 ms:\n`)
    console.log(
      table(
        ['page', 'query', 'p50'],
        largest.pages.flatMap((p) => p.queries.map((q) => [p.page, q.label, ms(q.p50)])),
      ),
    )
    const worst = Math.max(...largest.pages.filter((p) => p.status === 'ok').map((p) => p.p50))
    console.log(
      `\nBudget at ${largest.size}: every page < ${budget.pageP50Ms} ms p50 (worst ${ms(worst)} ms), ` +
        `dataset < ${budget.datasetMb} MB (${mb(largest.indexedBytes)} MB with indexes)`,
    )
  }
  console.log(`\nRaw numbers: ${saveResult('content', results)}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

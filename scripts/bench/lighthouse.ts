/**
 * Lighthouse (mobile preset, the default) on the production build: home, events list and an
 * event page. Prints the four category scores and LCP, TBT and CLS. Lighthouse runs from its
 * own CLI in a separate process, driving Debian's Chromium headless.
 *
 *   npm run bench:lighthouse [-- --size seed --rebuild]
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { build, distDirFor } from './lib/next-build'
import { datasetDir, parseSizes } from './lib/datasets'
import { machine, saveResult, table } from './lib/report'
import { get, startNext } from './lib/servers'

const port = 3110
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--no-first-run',
  '--mute-audio',
].join(' ')
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const metrics = {
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
} as const

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'seed' },
    rebuild: { type: 'boolean', default: false },
  },
})

function lighthouse(url: string, out: string) {
  rmSync(out, { force: true })
  try {
    execFileSync(
      process.execPath,
      [
        require.resolve('lighthouse/cli/index.js'),
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--chrome-path=/usr/bin/chromium',
        `--chrome-flags=${chromeFlags}`,
        `--only-categories=${categories.join(',')}`,
      ],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
      },
    )
  } catch (error) {
    // Lighthouse exits non-zero for some audit failures yet still writes its report.
    if (!existsSync(out)) throw error
  }
  const report: unknown = JSON.parse(readFileSync(out, 'utf8'))
  const get = (...keys: string[]): unknown =>
    keys.reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined,
      report,
    )
  const score = (category: string) => {
    const value = get('categories', category, 'score')
    return typeof value === 'number' ? Math.round(value * 100) : Number.NaN
  }
  const metric = (audit: string) => {
    const value = get('audits', audit, 'numericValue')
    return typeof value === 'number' ? value : Number.NaN
  }
  return {
    scores: Object.fromEntries(categories.map((c) => [c, score(c)])),
    LCP: metric(metrics.LCP),
    TBT: metric(metrics.TBT),
    CLS: metric(metrics.CLS),
    runtimeError: get('runtimeError', 'message'),
  }
}

async function main() {
  const [size = 'seed'] = parseSizes(values.size, ['seed'])
  const distDir = distDirFor(size)
  if (values.rebuild || !existsSync(`${distDir}/BUILD_ID`)) {
    console.log(`building the portal on ${size} ...`)
    if ((await build(size)).exitCode !== 0) throw new Error('The portal did not build')
  }
  const dataset = readFileSync(`${datasetDir(size)}/data.ndjson`, 'utf8')
  const eventSlug = /"_type":\s*"event"[^\n]*?"slug":\s*\{[^}]*"current":\s*"([^"]+)"/.exec(
    dataset,
  )?.[1]
  const server = await startNext({
    port,
    env: { LOCAL_DATASET_DIR: datasetDir(size), NEXT_DIST_DIR: distDir },
    probe: '/en',
  })
  try {
    const pages = { home: '/en', 'events list': '/en/events', event: `/en/events/${eventSlug}` }
    const rows: (string | number)[][] = []
    const raw: Record<string, unknown> = {}
    for (const [page, pathname] of Object.entries(pages)) {
      const response = await get(`${server.url}${pathname}`)
      if (response.status !== 200) {
        rows.push([page, pathname, `HTTP ${response.status}: not built`, '', '', '', '', '', ''])
        continue
      }
      const result = lighthouse(
        `${server.url}${pathname}`,
        path.resolve('.tmp/bench', `lighthouse-${page.replace(/\W+/g, '-')}.json`),
      )
      raw[page] = result
      rows.push([
        page,
        pathname,
        ...categories.map((c) => result.scores[c] ?? '-'),
        `${(result.LCP / 1000).toFixed(2)} s`,
        `${result.TBT.toFixed(0)} ms`,
        result.CLS.toFixed(3),
        typeof result.runtimeError === 'string' ? result.runtimeError : '',
      ])
    }
    console.log(`bench:lighthouse on ${machine()}; dataset ${size}, mobile preset\n`)
    console.log(table(['page', 'path', ...categories, 'LCP', 'TBT', 'CLS', 'error'], rows))
    console.log(`\nRaw numbers: ${saveResult('lighthouse', raw)}`)
  } finally {
    await server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

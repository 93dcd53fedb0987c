/**
 * Requests per second and latency of the production build (`next start`) for the main page
 * types, next to the same HTML bytes from a plain Node static server and to a bare Next.js
 * page. autocannon runs in its own process; everything stays on 127.0.0.1.
 *
 *   npm run bench:serve [-- --size 1k --duration 5 --connections 1,10,50 --rebuild]
 */
import { execFile } from 'node:child_process'
import { parseArgs, promisify } from 'node:util'
import { existsSync, readFileSync } from 'node:fs'
import { build, distDirFor } from './lib/next-build'
import { bareDir, buildBareApp, sameBytesPath, sameContentPath } from './lib/bare-app'
import { datasetDir, parseSizes } from './lib/datasets'
import { machine, ms, saveResult, table } from './lib/report'
import { get, startNext, startStatic, type Running } from './lib/servers'

const ports = { portal: 3107, static: 3108, bare: 3109 }
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1k' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '1,10,50' },
    rebuild: { type: 'boolean', default: false },
  },
})

type Cell = { rps: number; p50: number; p99: number; errors: number; non2xx: number }

const run = promisify(execFile)

// Asynchronous on purpose: the static server lives in this process and must keep answering.
async function cannon(url: string, connections: number): Promise<Cell> {
  const { stdout: output } = await run(
    process.execPath,
    [
      require.resolve('autocannon/autocannon.js'),
      '-j',
      '-c',
      String(connections),
      '-d',
      String(values.duration),
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

async function main() {
  const [size = '1k'] = parseSizes(values.size, ['1k'])
  const distDir = distDirFor(size)
  if (values.rebuild || !existsSync(`${distDir}/BUILD_ID`)) {
    console.log(`building the portal on ${size} ...`)
    if ((await build(size)).exitCode !== 0) throw new Error('The portal did not build')
  }
  const running: Running[] = []
  try {
    const portal = await startNext({
      port: ports.portal,
      env: { LOCAL_DATASET_DIR: datasetDir(size), NEXT_DIST_DIR: distDir },
      probe: '/en',
    })
    running.push(portal)
    const dataset = readFileSync(`${datasetDir(size)}/data.ndjson`, 'utf8')
    const slugOf = (type: string) =>
      new RegExp(`"_type":\\s*"${type}"[^\\n]*?"slug":\\s*\\{[^}]*"current":\\s*"([^"]+)"`).exec(
        dataset,
      )?.[1] ?? 'none'
    const paths = {
      home: '/en',
      'events list': '/en/events',
      // The first views, the Past tab and their pages are served by rewrites in the config.
      'events list, past': '/en/events?when=past',
      'events list, page 2': '/en/events?page=2',
      // Any other list view goes through the proxy, which normalises its query string.
      'events list, a topic': `/en/events?topic=${slugOf('topic')}`,
      event: `/en/events/${slugOf('event')}`,
      person: `/en/people/${slugOf('person')}`,
    }
    // Warm the portal (first visits render and cache), and keep its HTML for the static server.
    const html = new Map<string, Buffer>()
    const status = new Map<string, number>()
    for (const path of Object.values(paths)) {
      for (let i = 0; i < 3; i++) {
        const response = await get(`${portal.url}${path}`)
        html.set(path, response.body)
        status.set(path, response.status)
      }
    }
    const plain = await startStatic(ports.static, html)
    running.push(plain)
    // Rebuilt every run: its same-bytes routes answer the HTML the portal just sent.
    const pathList = Object.values(paths)
    console.log('building the bare Next.js app ...')
    buildBareApp(pathList.map((path) => html.get(path) ?? Buffer.alloc(0)))
    const bare = await startNext({ cwd: bareDir, port: ports.bare })
    running.push(bare)
    const contentBytes = new Map<string, number>()
    for (const [i, path] of pathList.entries()) {
      contentBytes.set(path, (await get(`${bare.url}${sameContentPath(i)}`)).body.length)
    }
    console.log(`bench:serve on ${machine()}; dataset ${size}, ${values.duration} s per cell\n`)
    const connections = (values.connections ?? '1').split(',').map(Number)
    const rows: (string | number)[][] = []
    const raw: unknown[] = []
    for (const [page, path] of Object.entries(paths)) {
      if (status.get(path) !== 200) {
        rows.push([page, path, '-', `HTTP ${status.get(path)}: not built`])
        continue
      }
      for (const c of connections) {
        const cells = {
          portal: await cannon(`${portal.url}${path}`, c),
          bare: await cannon(`${bare.url}${sameBytesPath(pathList.indexOf(path))}`, c),
          bareContent: await cannon(`${bare.url}${sameContentPath(pathList.indexOf(path))}`, c),
          minimal: await cannon(`${bare.url}/`, c),
          static: await cannon(`${plain.url}${path}`, c),
        }
        const pageBytes = contentBytes.get(path) ?? 0
        raw.push({ page, path, bytes: html.get(path)?.length, pageBytes, connections: c, ...cells })
        const show = (cell: Cell) => `${cell.rps.toFixed(0)} (${ms(cell.p50)} / ${ms(cell.p99)})`
        rows.push([
          page,
          `${Math.round((html.get(path)?.length ?? 0) / 1024)} KiB`,
          c,
          show(cells.portal),
          show(cells.bare),
          `${show(cells.bareContent)}, ${Math.round(pageBytes / 1024)} KiB`,
          show(cells.minimal),
          show(cells.static),
          (cells.portal.rps / cells.bare.rps).toFixed(2),
          (cells.portal.p99 / Math.max(cells.bare.p99, 1)).toFixed(2),
          (cells.portal.rps / cells.bareContent.rps).toFixed(2),
          (cells.portal.rps / cells.minimal.rps).toFixed(2),
          (cells.portal.rps / cells.static.rps).toFixed(2),
        ])
      }
    }
    console.log(
      table(
        [
          'page',
          'HTML',
          'conns',
          'portal req/s (p50 / p99 ms)',
          'bare Next.js, same bytes',
          'bare Next.js page, same content',
          'bare Next.js, minimal page',
          'static server',
          'portal/bare',
          'p99 portal/bare',
          'portal/same-content page',
          'portal/minimal',
          'portal/static',
        ],
        rows,
      ),
    )
    console.log(`\nRaw numbers: ${saveResult('serve', raw)}`)
  } finally {
    for (const server of running.reverse()) await server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

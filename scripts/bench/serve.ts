/**
 * Requests per second and latency of the production build (`next start`) for the main page
 * types, next to the same HTML bytes from a plain Node static server and to a bare Next.js
 * page; the portal behind the shipped nginx configuration (deploy/nginx/portal.conf) next to
 * nginx serving the same bytes as files; and, with `--tweaks`, the portal without its
 * serving tweaks (PORTAL_SERVING_TWEAKS=off). autocannon runs in its own process; everything
 * stays on 127.0.0.1.
 *
 *   npm run bench:serve [-- --size 1k --duration 5 --connections 1,10,50 --pages event,list
 *                          --tweaks --rebuild]
 */
import { parseArgs } from 'node:util'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startNginx, staticConfig } from '../../tests/e2e/support/nginx'
import { build, distDirFor } from './lib/next-build'
import { bareDir, buildBareApp, sameBytesPath, sameContentPath } from './lib/bare-app'
import { datasetDir, parseSizes } from './lib/datasets'
import { cannon as cannonFor, type Cell } from './lib/cannon'
import { machine, ms, saveResult, table } from './lib/report'
import { get, startNext, startStatic, type Running } from './lib/servers'

const ports = {
  portal: 3107,
  static: 3108,
  bare: 3109,
  nginx: 3105,
  nginxStatic: 3106,
  plain: 3104,
}
const scratch = path.resolve('.tmp/bench/serve-nginx')
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1k' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '1,10,50' },
    pages: { type: 'string', default: 'home,list,past,page2,topic,event,person' },
    tweaks: { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
  },
})

const cannon = (url: string, connections: number) =>
  cannonFor(url, connections, Number(values.duration))

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
    const allPaths = {
      home: ['home', '/en'],
      list: ['events list', '/en/events'],
      // The first views, the Past tab and their pages are served by rewrites in the config.
      past: ['events list, past', '/en/events?when=past'],
      page2: ['events list, page 2', '/en/events?page=2'],
      // Any other list view goes through the proxy, which normalises its query string.
      topic: ['events list, a topic', `/en/events?topic=${slugOf('topic')}`],
      event: ['event', `/en/events/${slugOf('event')}`],
      person: ['person', `/en/people/${slugOf('person')}`],
    } as const
    const chosen = (values.pages ?? '').split(',').map((id) => id.trim())
    const unknown = chosen.filter((id) => !(id in allPaths))
    if (unknown.length > 0) throw new Error(`--pages: unknown ${unknown.join(', ')}`)
    const paths = Object.fromEntries(
      chosen.map((id) => allPaths[id as keyof typeof allPaths]),
    ) as Record<string, string>
    const pathList = Object.values(paths)
    // Warm the portal (first visits render and cache), and keep its HTML for the static server.
    const html = new Map<string, Buffer>()
    const status = new Map<string, number>()
    for (const path of pathList) {
      for (let i = 0; i < 3; i++) {
        const response = await get(`${portal.url}${path}`)
        html.set(path, response.body)
        status.set(path, response.status)
      }
    }
    const plain = await startStatic(ports.static, html)
    running.push(plain)
    // nginx: the shipped configuration in front of the portal, and the same bytes as files.
    rmSync(scratch, { recursive: true, force: true })
    const root = path.join(scratch, 'files')
    mkdirSync(root, { recursive: true })
    const fileOf = (path: string) => `/page-${pathList.indexOf(path)}.html`
    for (const [path, body] of html) writeFileSync(`${root}${fileOf(path)}`, body)
    const front = await startNginx({
      port: ports.nginx,
      upstream: `127.0.0.1:${ports.portal}`,
      dir: path.join(scratch, 'front'),
    })
    running.push(front)
    const files = await startNginx({
      port: ports.nginxStatic,
      dir: path.join(scratch, 'static'),
      http: staticConfig({ port: ports.nginxStatic, root }),
    })
    running.push(files)
    for (const path of pathList) {
      await get(`${front.url}${path}`)
      const through = await fetch(`${front.url}${path}`)
      const body = Buffer.from(await through.arrayBuffer())
      const cache = through.headers.get('x-cache-status')
      if (through.status !== 200 || !['HIT', 'UPDATING'].includes(cache ?? '')) {
        throw new Error(`${path} through nginx: HTTP ${through.status}, cache ${cache}`)
      }
      if (!body.equals((await get(`${files.url}${fileOf(path)}`)).body)) {
        console.log(`note: ${path} through nginx differs from the file (a new render)`)
      }
    }
    // The same build without the serving tweaks, for comparing.
    const untweaked = values.tweaks
      ? await startNext({
          port: ports.plain,
          env: {
            LOCAL_DATASET_DIR: datasetDir(size),
            NEXT_DIST_DIR: distDir,
            PORTAL_SERVING_TWEAKS: 'off',
          },
          probe: '/en',
        })
      : undefined
    if (untweaked) {
      running.push(untweaked)
      for (const path of pathList) {
        for (let i = 0; i < 3; i++) await get(`${untweaked.url}${path}`)
      }
      const etag = (await fetch(`${untweaked.url}/en`)).headers.get('etag')
      if (!etag) throw new Error('PORTAL_SERVING_TWEAKS=off did not turn ETags on')
    }
    // Rebuilt every run: its same-bytes routes answer the HTML the portal just sent.
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
          nginx: await cannon(`${front.url}${path}`, c),
          nginxStatic: await cannon(`${files.url}${fileOf(path)}`, c),
          untweaked: untweaked ? await cannon(`${untweaked.url}${path}`, c) : undefined,
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
          show(cells.nginx),
          show(cells.nginxStatic),
          (cells.nginx.rps / cells.nginxStatic.rps).toFixed(2),
          ...(cells.untweaked
            ? [show(cells.untweaked), (cells.portal.rps / cells.untweaked.rps).toFixed(2)]
            : []),
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
          'behind nginx (deploy/)',
          'nginx, same bytes as a file',
          'behind nginx/nginx file',
          ...(untweaked ? ['portal without tweaks', 'portal/without tweaks'] : []),
        ],
        rows,
      ),
    )
    console.log(`\nRaw numbers: ${saveResult('serve', raw)}`)
  } finally {
    for (const server of running.reverse()) await server.stop()
    rmSync(scratch, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

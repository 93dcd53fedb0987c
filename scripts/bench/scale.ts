/**
 * What sharing tag expirations through Redis costs and how fast a publish travels
 * (docs/deploy.md). Three `next start` instances of one build: A and B with `REDIS_URL`
 * (Debian's redis-server with deploy/redis/portal.conf), C without it.
 *
 * - Requests per second of the cached event page on A and on C, in alternating rounds: the
 *   price of asking Redis-backed tag state on every request.
 * - Publish to visible: `--publishes` signed webhooks to A, each changing the event's title
 *   in a copy of the dataset; the time from sending it until B serves the new title.
 *
 *   npm run bench:scale [-- --size 1k --duration 5 --connections 50 --rounds 3 --publishes 20]
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseAssignment } from '../publish/edit'
import { documentsIn } from '../publish/ndjson'
import { publishLocal } from '../publish/publish'
import { sendWebhook } from '../publish/webhook'
import { startRedis } from '../../tests/e2e/support/redis'
import { cannon } from './lib/cannon'
import { datasetDir, parseSizes } from './lib/datasets'
import { build, distDirFor } from './lib/next-build'
import { machine, ms, percentile, saveResult, table } from './lib/report'
import { get, startNext, type Running } from './lib/servers'

const ports = { a: 3121, b: 3122, c: 3123, redis: 3124 }
const secret = 'bench-scale-webhook-secret'
const scratch = path.resolve('.tmp/bench/scale')
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1k' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    publishes: { type: 'string', default: '20' },
    rebuild: { type: 'boolean', default: false },
  },
})

/** The dataset's first published event: its id and the address of its English page. */
function firstEvent(dir: string) {
  const event = documentsIn(readFileSync(path.join(dir, 'data.ndjson'), 'utf8')).find(
    (doc) => doc._type === 'event' && !doc._id.startsWith('drafts.'),
  )
  const slug: unknown = event && Reflect.get(Reflect.get(event, 'slug') ?? {}, 'current')
  if (!event || typeof slug !== 'string') throw new Error(`No published event in ${dir}`)
  return { id: event._id, path: `/en/events/${slug}` }
}

const titleIn = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? ''

async function main() {
  const [size = '1k'] = parseSizes(values.size, ['1k'])
  const distDir = distDirFor(size)
  if (values.rebuild || !existsSync(`${distDir}/BUILD_ID`)) {
    console.log(`building the portal on ${size} ...`)
    if ((await build(size)).exitCode !== 0) throw new Error('The portal did not build')
  }
  rmSync(scratch, { recursive: true, force: true })
  mkdirSync(scratch, { recursive: true })
  const dataset = path.join(scratch, 'dataset')
  cpSync(datasetDir(size), dataset, { recursive: true })
  const event = firstEvent(dataset)
  const running: Running[] = []
  const redis = await startRedis(ports.redis, path.join(scratch, 'redis'))
  try {
    const env = (redisUrl: string) => ({
      LOCAL_DATASET_DIR: dataset,
      NEXT_DIST_DIR: distDir,
      SANITY_REVALIDATE_SECRET: secret,
      REDIS_URL: redisUrl,
    })
    const a = await startNext({ port: ports.a, env: env(redis.url), probe: event.path })
    running.push(a)
    const b = await startNext({ port: ports.b, env: env(redis.url), probe: event.path })
    running.push(b)
    const c = await startNext({ port: ports.c, env: env(''), probe: event.path })
    running.push(c)
    for (const server of [a, b, c])
      for (let i = 0; i < 3; i++) await get(`${server.url}${event.path}`)

    console.log(`bench:scale on ${machine()}; dataset ${size}\n`)
    const connections = Number(values.connections)
    const seconds = Number(values.duration)
    const rounds: { withRedis: number; without: number }[] = []
    for (let round = 0; round < Number(values.rounds); round++) {
      // Alternating which goes first, so a trend in the machine's load falls on both.
      const first = round % 2 === 0 ? a : c
      const second = first === a ? c : a
      const one = await cannon(`${first.url}${event.path}`, connections, seconds)
      const two = await cannon(`${second.url}${event.path}`, connections, seconds)
      for (const cell of [one, two]) {
        if (cell.errors > 0 || cell.non2xx > 0)
          throw new Error(`failed requests: ${JSON.stringify(cell)}`)
      }
      const [withRedis, without] = first === a ? [one.rps, two.rps] : [two.rps, one.rps]
      rounds.push({ withRedis, without })
    }
    console.log(
      table(
        ['round', 'event page req/s, REDIS_URL set', 'same build, no REDIS_URL', 'ratio'],
        rounds.map((r, i) => [
          i + 1,
          r.withRedis.toFixed(0),
          r.without.toFixed(0),
          (r.withRedis / r.without).toFixed(2),
        ]),
      ),
    )
    const sum = (pick: (r: (typeof rounds)[number]) => number) =>
      rounds.reduce((total, r) => total + pick(r), 0)
    console.log(
      `\nOver ${rounds.length} rounds, ${connections} connections: ` +
        `${(sum((r) => r.withRedis) / sum((r) => r.without)).toFixed(2)}x with REDIS_URL\n`,
    )

    const delays: number[] = []
    for (let i = 1; i <= Number(values.publishes); i++) {
      const title = `Published for bench ${i} at ${Date.now()}`
      const result = await publishLocal({
        datasetDir: dataset,
        id: event.id,
        change: { kind: 'update', edits: [parseAssignment(`title.en=${title}`)] },
      })
      const started = performance.now()
      const answer = await sendWebhook(a.url, result.webhook, secret)
      if (answer.status !== 200) throw new Error(`webhook: HTTP ${answer.status}`)
      for (;;) {
        const page = await get(`${b.url}${event.path}`)
        if (titleIn(page.body.toString('utf8')) === title) break
        if (performance.now() - started > 30_000) throw new Error(`publish ${i} not visible on B`)
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      delays.push(performance.now() - started)
    }
    console.log(
      table(
        ['publishes', 'webhook to A, visible on B: p50 ms', 'p95 ms', 'max ms'],
        [
          [
            delays.length,
            ms(percentile(delays, 50)),
            ms(percentile(delays, 95)),
            ms(Math.max(...delays)),
          ],
        ],
      ),
    )
    console.log(`\nRaw numbers: ${saveResult('scale', { rounds, delays })}`)
  } finally {
    for (const server of running.reverse()) await server.stop()
    await redis.kill()
    rmSync(scratch, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

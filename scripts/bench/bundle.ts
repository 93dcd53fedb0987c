/**
 * First-load JavaScript (gzip) of every prerendered page type of the portal, against a bare
 * Next.js page built with the same versions at bench time. Budget: at most 1.15 times bare.
 *
 *   npm run bench:bundle [-- --reuse]   (--reuse: measure the last .next-bench-seed build)
 */
import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { build, distDirFor } from './lib/next-build'
import { bareHtml, bareStatic, buildBareApp } from './lib/bare-app'
import { firstLoad, pagesOfBuild } from './lib/first-load'
import { machine, saveResult, table } from './lib/report'

const budget = 1.15
const { values } = parseArgs({ options: { reuse: { type: 'boolean', default: false } } })
const kb = (bytes: number) => (bytes / 1024).toFixed(1)

async function main() {
  console.log(`bench:bundle on ${machine()}\n`)
  const distDir = distDirFor('seed')
  if (!values.reuse || !existsSync(`${distDir}/BUILD_ID`)) {
    console.log('building the portal on the seed ...')
    const result = await build('seed')
    if (result.exitCode !== 0) throw new Error('The portal did not build')
  }
  console.log('building a bare Next.js app ...')
  buildBareApp()
  const bare = firstLoad(readFileSync(bareHtml(), 'utf8'), bareStatic())
  const pages = pagesOfBuild(distDir).map((page) => ({
    ...page,
    load: firstLoad(readFileSync(page.html, 'utf8'), distDir),
  }))
  const rows = [
    [
      'bare Next.js page',
      '/',
      bare.scripts,
      kb(bare.rawBytes),
      kb(bare.gzipBytes),
      '1.00',
      kb(bare.inlineBytes),
    ],
    ...pages.map((p) => [
      p.pattern,
      p.route,
      p.load.scripts,
      kb(p.load.rawBytes),
      kb(p.load.gzipBytes),
      (p.load.gzipBytes / bare.gzipBytes).toFixed(2),
      kb(p.load.inlineBytes),
    ]),
  ]
  console.log(
    '\n' +
      table(
        ['page', 'sample', 'scripts', 'JS KiB', 'JS KiB gzip', 'vs bare', 'inline RSC KiB gzip'],
        rows,
      ),
  )
  const worst = Math.max(...pages.map((p) => p.load.gzipBytes / bare.gzipBytes))
  console.log(`\nBudget: every page <= ${budget}x bare (worst ${worst.toFixed(2)}x)`)
  console.log(`\nRaw numbers: ${saveResult('bundle', { bare, pages })}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

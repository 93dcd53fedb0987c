import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

/** The JavaScript a browser loads for a page: the `<script src>` of its HTML, gzipped. */
export type FirstLoad = {
  scripts: number
  rawBytes: number
  gzipBytes: number
  inlineBytes: number
}

/** External scripts a modern browser loads; `nomodule` polyfills are for old ones only. */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/\bnomodule\b/i.test(tag))
    .flatMap((tag) => {
      const source = /\bsrc="([^"]+)"/.exec(tag)?.[1]
      return source ? [source] : []
    })
}

export function firstLoad(html: string, distDir: string): FirstLoad {
  let rawBytes = 0
  let gzipBytes = 0
  const sources = [...new Set(scriptSources(html))]
  for (const source of sources) {
    const relative = decodeURIComponent(new URL(source, 'http://x').pathname).replace(
      /^\/_next\//,
      '',
    )
    const file = path.join(distDir, relative)
    if (!existsSync(file)) throw new Error(`Script ${source} is not in ${distDir}`)
    const content = readFileSync(file)
    rawBytes += content.length
    gzipBytes += gzipSync(content).length
  }
  // Inline scripts carry the page's RSC payload: counted apart, they are part of the HTML.
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  const inlineBytes = gzipSync(inline.map((m) => m[1] ?? '').join('')).length
  return { scripts: sources.length, rawBytes, gzipBytes, inlineBytes }
}

/** One prerendered HTML file per route pattern of a build, e.g. `/[locale]/events/[slug]`. */
export function pagesOfBuild(distDir: string): { pattern: string; route: string; html: string }[] {
  const manifest: unknown = JSON.parse(
    readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'),
  )
  const routes =
    typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'routes') : null
  if (typeof routes !== 'object' || routes === null) return []
  const seen = new Map<string, { pattern: string; route: string; html: string }>()
  for (const [route, info] of Object.entries(routes)) {
    if (route.startsWith('/_')) continue
    const source = typeof info === 'object' && info !== null ? Reflect.get(info, 'srcRoute') : null
    const pattern = typeof source === 'string' ? source : route
    const html = path.join(distDir, 'server/app', `${route === '/' ? 'index' : route}.html`)
    if (!seen.has(pattern) && existsSync(html)) seen.set(pattern, { pattern, route, html })
  }
  return [...seen.values()].sort((a, b) => a.pattern.localeCompare(b.pattern))
}

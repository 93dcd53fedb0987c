import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Freshness depends on every read going through a cached, tagged fetcher: a page that
 * queried the backend directly would wait on it per request and never be revalidated.
 */
function sources(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => path.join(dir, file))
}

describe('the content boundary', () => {
  it('every exported fetcher in lib/data is cached and tagged through fetchContent', () => {
    const files = sources('lib/data', /\.ts$/)
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      const fetchers = [...text.matchAll(/export async function (\w+)[^{]*\{([\s\S]*?)\n\}/g)]
      for (const [, name, body = ''] of fetchers) {
        if (!body.includes('fetchContent(')) continue
        expect(body, `${file}: ${name} must start with 'use cache'`).toMatch(/^\s*'use cache'/)
      }
      const direct = /\b(runQuery|queryLocal|querySanity)\(/.exec(text)
      expect(direct?.[0], `${file} must read through fetchContent`).toBeUndefined()
    }
  })

  it('pages and components never reach the backend directly', () => {
    const files = [...sources('app', /\.tsx?$/), ...sources('components', /\.tsx?$/)]
    for (const file of files) {
      if (file.startsWith(path.join('app', 'api'))) continue
      const text = readFileSync(file, 'utf8')
      expect(
        /from '@\/lib\/content\/(source|local|sanity|dataset|fetch)'/.exec(text)?.[0],
        `${file} must use a fetcher from lib/data`,
      ).toBeUndefined()
    }
  })
})

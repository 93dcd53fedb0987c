import { expect, test } from '@playwright/test'
import { e2e } from './env'
import { seed } from './helpers/pages'

/**
 * No public request waits on the content backend: every page a visitor can reach from the
 * home page and the event page is served from Next's cache (static or ISR) once rendered.
 */

/** Results depend on the query string; the page shell is static, the results are not. */
const queryPages = ['/en/search']

async function linksOn(path: string, origin: string, fetchText: (p: string) => Promise<string>) {
  const found = new Set<string>()
  for (const [, href = ''] of (await fetchText(path)).matchAll(/<a[^>]+href="([^"#?]+)"/g)) {
    const url = new URL(href, origin)
    if (url.origin === origin && url.pathname.startsWith('/en')) found.add(url.pathname)
  }
  return found
}

test('every page reachable from the home and event pages is served from the cache', async ({
  request,
}) => {
  const fetchText = async (path: string) => (await request.get(path)).text()
  const paths = new Set(['/en', seed.eventPath])
  for (const start of ['/en', seed.eventPath]) {
    for (const path of await linksOn(start, e2e.baseURL, fetchText)) paths.add(path)
  }
  const checked: string[] = []
  for (const path of paths) {
    if (queryPages.includes(path)) continue
    const first = await request.get(path)
    expect(first.status(), path).toBeLessThan(500)
    if (first.status() !== 200) continue // not built yet, or a link to nothing: other tests
    const second = await request.get(path)
    expect(second.headers()['x-nextjs-cache'], `${path} is not served from the cache`).toMatch(
      /^(HIT|STALE)$/,
    )
    expect(second.headers()['cache-control'], path).toMatch(/s-maxage=\d+/)
    checked.push(path)
  }
  expect(checked).toEqual(expect.arrayContaining(['/en', seed.eventPath]))
  test.info().annotations.push({ type: 'cached pages', description: checked.join(', ') })
})

import { expect, test } from '@playwright/test'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { parseAssignment } from '../../scripts/publish/edit'
import { e2e } from './env'
import { ContentEditor } from './helpers/content'
import { seed } from './helpers/pages'
import { previewLink, published } from './preview-helpers'
import { startNginx, type TestNginx } from './support/nginx'

/**
 * The shipped nginx configuration (deploy/nginx/portal.conf) in front of the e2e server:
 * pages come from its microcache, a publish still shows within 5 s, a reviewer's draft
 * never enters it, and 404s are kept a second.
 */
test.describe.configure({ mode: 'serial' })

const dir = path.resolve('.tmp/e2e-nginx')
let nginx: TestNginx
const editor = new ContentEditor()

test.beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  nginx = await startNginx({
    port: e2e.port + 40,
    upstream: `127.0.0.1:${e2e.port}`,
    dir,
  })
})
test.afterAll(async () => {
  await nginx?.stop()
  rmSync(dir, { recursive: true, force: true })
})
test.beforeEach(() => editor.snapshot())
test.afterEach(() => editor.restore())

const through = (pagePath: string, init?: RequestInit) => fetch(`${nginx.url}${pagePath}`, init)
const cacheStatus = (response: Response) => response.headers.get('x-cache-status')

test('pages, their client navigations and build files come from the cache', async () => {
  for (const pagePath of ['/en', seed.eventPath, '/en/events?topic=open-source']) {
    await through(pagePath)
    const again = await through(pagePath)
    expect(again.status, pagePath).toBe(200)
    expect(cacheStatus(again), pagePath).toBe('HIT')
    // The site's own headers pass through.
    expect(again.headers.get('content-security-policy'), pagePath).toContain("default-src 'self'")
  }
  // A client navigation asks for the same address with RSC: 1 and gets its own entry.
  const html = await (await through(seed.eventPath)).text()
  const navigation = await through(seed.eventPath, { headers: { rsc: '1' } })
  expect(navigation.headers.get('content-type')).toContain('text/x-component')
  expect(await navigation.text()).not.toBe(html)
  expect(html).toContain('<!DOCTYPE html>')
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1] ?? ''
  expect(script).not.toBe('')
  await through(script)
  expect(cacheStatus(await through(script))).toBe('HIT')
})

test('a publish shows through nginx within 5 s', async () => {
  expect(await (await through(seed.eventPath)).text()).toContain(seed.title)
  await through(seed.eventPath)
  await editor.publish(seed.eventId, {
    kind: 'update',
    edits: [parseAssignment('title.en=Published Behind Nginx')],
  })
  await expect
    .poll(async () => (await through(seed.eventPath)).text(), { timeout: 5000 })
    .toContain('Published Behind Nginx')
})

test('a reviewer sees the draft through nginx; the draft never enters the cache', async ({
  page,
}) => {
  // The previous test's publish is undone after it; wait until that shows here too.
  await expect
    .poll(async () => (await through(published.path)).text(), { timeout: 5000 })
    .not.toContain('Published Behind Nginx')
  const link = new URL(previewLink(published.path))
  const viaNginx = `${nginx.url}${link.pathname}${link.search}`
  await page.goto(viaNginx)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.draftTitle)
  const reviewer = await page.request.get(`${nginx.url}${published.path}`)
  expect(reviewer.headers()['x-cache-status']).toBe('BYPASS')
  expect(await reviewer.text()).toContain(published.draftTitle)
  // Everyone else, before and after: the published page, from the cache.
  for (let i = 0; i < 2; i++) {
    const visitor = await through(published.path)
    const body = await visitor.text()
    expect(body).toContain(published.title)
    expect(body).not.toContain(published.draftTitle)
  }
  expect(cacheStatus(await through(published.path))).toBe('HIT')
})

test('a 404 is kept a second; the API and the Studio are never cached', async () => {
  const missing = '/en/events/no-such-event-behind-nginx'
  expect((await through(missing)).status).toBe(404)
  expect(cacheStatus(await through(missing))).toBe('HIT')
  await new Promise((resolve) => setTimeout(resolve, 2100))
  const later = await through(missing)
  expect(later.status).toBe(404)
  expect(cacheStatus(later)).not.toBe('HIT')

  for (const address of ['/api/revalidate', '/studio']) {
    await through(address)
    const again = await through(address)
    expect(cacheStatus(again), address).toBeNull()
  }
})

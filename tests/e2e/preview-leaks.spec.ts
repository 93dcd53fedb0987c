import { expect, test, type APIRequestContext } from '@playwright/test'
import { draftOnly, previewLink, published } from './preview-helpers'

/**
 * Machine-readable outputs never carry drafts: not for the public, and not for a reviewer
 * whose preview covers the whole site. Each check is skipped only while its route does
 * not exist yet (404).
 */
const outputs = [
  { path: '/sitemap.xml', kind: 'sitemap' },
  { path: '/en/feeds/events.ics', kind: 'calendar' },
  { path: '/en/feeds/rss.xml', kind: 'RSS feed' },
  { path: '/en/search?q=practice', kind: 'search' },
  { path: '/en/search?q=recording', kind: 'search' },
]

const unfold = (text: string) => text.replace(/\r?\n[ \t]/g, '')

async function body(request: APIRequestContext, path: string) {
  const response = await request.get(path)
  expect(response.status()).toBe(200)
  return unfold(await response.text())
}

function expectNoDrafts(text: string) {
  expect(text).not.toContain(draftOnly.slug)
  expect(text).not.toContain(draftOnly.title)
  expect(text).not.toContain(published.draftTitle)
}

for (const { path, kind } of outputs) {
  test(`the ${kind} at ${path} lists no draft, for the public`, async ({ request }) => {
    expectNoDrafts(await body(request, path))
  })

  if (kind !== 'search') {
    test(`the ${kind} at ${path} lists no draft, even inside a whole-site preview`, async ({
      page,
    }) => {
      await page.goto(previewLink('/*'))
      expectNoDrafts(await body(page.request, path))
    })
  }
}

test('search inside a single-page preview shows published results only', async ({ page }) => {
  await page.goto(previewLink(published.path))
  expectNoDrafts(await body(page.request, '/en/search?q=practice'))
})

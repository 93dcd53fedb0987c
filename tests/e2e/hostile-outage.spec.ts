import { expect, test } from '@playwright/test'
import { startConnectedLake } from './builds'
import { connectedURL, startConnectedSite, type ConnectedSite } from './support/connected-site'

/**
 * The Content Lake goes away under the site built with a Sanity project. Pages rendered
 * before keep their last good content; a page never rendered has nothing to fall back on,
 * and answers a clear 503 with Retry-After instead of a 500 and an empty document.
 */
test.describe.configure({ mode: 'serial' })
test.use({ baseURL: connectedURL })

let site: ConnectedSite
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000)
  site = await startConnectedSite()
})
test.afterAll(async () => {
  await site?.stop()
})

const renderedBefore = '/fr/events/from-open-software-to-open-culture'
const neverRendered = [
  {
    path: '/fr/people/someone-new',
    lang: 'fr',
    heading: 'Cette page est momentanément indisponible',
  },
  {
    path: '/en/search?q=never-searched-before',
    lang: 'en',
    heading: 'This page is temporarily unavailable',
  },
  { path: '/ar/organisations/nobody-yet', lang: 'ar', heading: 'هذه الصفحة غير متاحة مؤقتًا' },
]

test('during an outage a page never rendered answers 503 with Retry-After; it recovers after', async ({
  request,
  page,
}) => {
  test.setTimeout(120_000)
  expect((await request.get(renderedBefore)).status()).toBe(200)
  await site.lake.close()

  for (const { path, lang, heading } of neverRendered) {
    const response = await request.get(path, { headers: { accept: 'text/html' } })
    expect(response.status(), path).toBe(503)
    expect(response.headers()['retry-after'], path).toBe('30')
    expect(response.headers()['cache-control'], path).toBe('no-store')
    // The site's security headers are still there.
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff')
    const body = await response.text()
    expect(body, path).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`)
    expect(body, path).toContain(`<h1>${heading}</h1>`)
  }

  // In a browser, without a script: a page that says what happened, in its language.
  const shown = await page.goto('/fr/people/someone-else-new')
  expect(shown?.status()).toBe(503)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(
    'Cette page est momentanément indisponible',
  )
  await expect(page.getByRole('link', { name: 'Aller à la page d’accueil' })).toHaveAttribute(
    'href',
    '/fr',
  )

  // A page rendered before the outage is still served from its cache.
  expect((await request.get(renderedBefore)).status()).toBe(200)

  const lake = await startConnectedLake()
  try {
    // Back up: the same addresses answer as they normally would (and were not cached as 503s).
    await expect
      .poll(async () => (await request.get('/en/search?q=never-searched-before')).status(), {
        timeout: 30_000,
      })
      .toBe(200)
    expect((await request.get('/fr/people/someone-new')).status()).toBe(404)
  } finally {
    await lake.close()
  }
})

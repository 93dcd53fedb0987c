import { expect, test } from '@playwright/test'

/** Wild query strings get a normal page (after at most one redirect) or a 4xx, never a 5xx. */
const wild = [
  '/en/events?page=-1',
  '/en/events?page=abc',
  '/en/events?page=0&page=2.5',
  '/en/events?page=99999999999999999999',
  '/en/events?when=past&page=1&page=3',
  '/en/events?topic=no-such-topic&when=past',
  '/en/events?topic=%3Cscript%3E&series=..%2F..&organisation=%00',
  '/en/events?attendance=teleport&when=yesterday',
  '/en/events?topic=covid-19&topic=open-source&when=past',
  '/en/events?q=%25%25%25&when=past',
  '/en/events?q=%E2%80%AE%F0%9F%98%80&when=all',
  '/en/events?q[]=x&q[x]=y',
  `/en/events?q=${'x'.repeat(10_240)}`,
  `/en/search?q=${'é'.repeat(3_000)}`,
  '/en/search?q=%22%5C*%2F&type=nothing',
  '/en/search?q=***',
  '/en/people?page=-5&utm_source=newsletter',
  '/en/organisations?page=NaN',
  '/en/initiatives?status=%00&page=1e9',
]

for (const path of wild) {
  test(`no server error for ${path.slice(0, 80)}`, async ({ request }) => {
    const first = await request.get(path, { maxRedirects: 0 })
    expect(first.status(), path).toBeLessThan(500)
    if (first.status() >= 400) {
      expect([400, 404, 431]).toContain(first.status())
      return
    }
    if (first.status() >= 300) {
      const location = first.headers()['location'] ?? ''
      const second = await request.get(location, { maxRedirects: 0 })
      // The canonical address is served as it is: one redirect, never a loop.
      expect(second.status(), location).toBe(200)
      expect(location.length).toBeLessThan(2_000)
    }
  })
}

test('a 10 kB search gets a normal page with the text cut to 200 characters', async ({ page }) => {
  const response = await page.goto(`/en/events?q=${'a'.repeat(10_240)}&when=past`)
  expect(response?.status()).toBe(200)
  await expect(page.getByLabel('Search events')).toHaveValue('a'.repeat(200))
  await expect(page.getByRole('heading', { name: 'No events' })).toBeVisible()
})

test('an unknown filter value is named and left out; the rest still applies', async ({ page }) => {
  const response = await page.goto('/en/events?topic=no-such-topic&when=past')
  expect(response?.status()).toBe(200)
  await expect(page.getByText('There is no topic “no-such-topic”')).toBeVisible()
  await expect(page.getByRole('heading', { name: '1 event' })).toBeVisible()
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/en\/events\?when=past$/,
  )
})

test('a page past the end of a list is a 404', async ({ request }) => {
  expect((await request.get('/en/events?page=2&when=past')).status()).toBe(404)
  // Repeated keys: the first usable value counts, here page 2 of a one-page list.
  const repeated = await request.get('/en/events?when=past&page=2&page=1', { maxRedirects: 0 })
  expect(repeated.headers()['location']).toMatch(/\/en\/events\?page=2&when=past$/)
  expect((await request.get('/en/people?page=3')).status()).toBe(404)
})

test('the internal route of a list only answers to canonical segments', async ({ request }) => {
  expect((await request.get('/en/listing/events/not-base64!')).status()).toBe(404)
  expect((await request.get('/en/listing/events/W1siYSIsImIiXV0')).status()).toBe(404)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the filter form, the result count and pagination links work', async ({ page }) => {
    await page.goto('/en/events')
    await page.getByLabel('When').selectOption('past')
    await page.getByLabel('Search events').fill('  open   culture ')
    await page.getByRole('button', { name: 'Show events' }).click()
    await expect(page).toHaveURL(/\/en\/events\?q=open\+culture&when=past$/)
    await expect(page.getByRole('heading', { name: '1 event' })).toBeVisible()
    await expect(
      page.getByRole('link', { name: 'From Open Software to Open Culture' }),
    ).toBeVisible()
    await expect(page.getByLabel('When')).toHaveValue('past')

    await page.getByLabel('Format').selectOption('inPerson')
    await page.getByRole('button', { name: 'Show events' }).click()
    await expect(page).toHaveURL(/attendance=inPerson/)
    await expect(page.getByRole('heading', { name: 'No events' })).toBeVisible()
  })

  test('search works and its type links keep the text', async ({ page }) => {
    await page.goto('/en/search')
    await page.getByLabel('Search the portal').fill('oict')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('3 results for “oict”')
    await page.getByRole('link', { name: 'Initiatives (2)' }).click()
    await expect(page).toHaveURL(/\/en\/search\?q=oict&type=initiative$/)
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('2 results for “oict”')
  })
})

test('a list’s internal route asked for directly is the locale’s 404; its public address works', async ({
  page,
}) => {
  // The same view, by its public address and by the internal route it is served from.
  const publicView = await page.goto('/fr/events?topic=open-source&when=past')
  expect(publicView?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manifestations passées')
  for (const path of ['/fr/listing/events/W10', '/fr/listing/search/W1sicSIsIm9pY3QiXV0']) {
    const internal = await page.goto(path)
    expect(internal?.status(), path).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable')
  }
})

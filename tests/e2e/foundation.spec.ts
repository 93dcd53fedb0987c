import { expect, test } from '@playwright/test'

test('the home page lists the seed event', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/en$/)
  // The home page links the event from its list and from the latest recordings.
  await expect(
    page.getByRole('link', { name: 'From Open Software to Open Culture', exact: true }).first(),
  ).toBeVisible()
})

test('the event page shows the date in the event’s zone (New York), the moderator and six panelists', async ({
  page,
}) => {
  await page.goto('/en/events/from-open-software-to-open-culture')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'From Open Software to Open Culture',
  )
  const when = page.locator('.facts dd').first()
  await expect(when).toContainText('23 September 2021')
  await expect(when).toContainText('09:00')
  await expect(when).toContainText('10:30')
  await expect(when).toContainText('Eastern Time (UTC−4)')

  const moderator = page.locator('[data-role="moderator"]')
  await expect(moderator.getByRole('heading')).toHaveText('Moderator')
  await expect(moderator.getByRole('listitem')).toHaveCount(1)
  await expect(moderator).toContainText('Salem Avan')

  const panelists = page.locator('[data-role="panelist"]')
  await expect(panelists.getByRole('heading')).toHaveText('Panelists')
  await expect(panelists.getByRole('listitem')).toHaveCount(6)
})

test('the draft title and the draft-only event stay out of public pages', async ({ page }) => {
  await page.goto('/en')
  await expect(page.getByText('the full recording', { exact: false })).toHaveCount(0)
  await expect(page.getByText('practice exchange', { exact: false })).toHaveCount(0)
  const response = await page.goto('/en/events/ospo-practice-exchange')
  expect(response?.status()).toBe(404)
})

test('a 404 is readable without JavaScript', async ({ request }) => {
  // Known limitation of Next.js 16.4.6 (vercel/next.js#98954): a page that calls notFound()
  // gets an empty `__next_error__` document; the not-found page is only in the inline data
  // and is drawn once the page's script runs. Marked as failing so that the day it passes,
  // this mark must go (docs/public-site.md, "Known limits").
  test.fail()
  for (const path of [
    '/en/events/no-such-event',
    '/en/people/no-such-person',
    '/en/no/such/page',
  ]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    expect(await response.text(), path).toMatch(/<h1[^>]*>Page not found<\/h1>/)
  }
})

test('an unknown address is a 404 that keeps the navigation', async ({ page }) => {
  const response = await page.goto('/en/events/no-such-event')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
})

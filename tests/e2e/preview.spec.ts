import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import {
  banner,
  directives,
  draftOnly,
  expectPublishedPage,
  previewCookies,
  previewLink,
  published,
} from './preview-helpers'

test('a reviewer link shows the draft with a banner, privately, while others see the published page', async ({
  page,
  browser,
}) => {
  const response = await page.goto(previewLink(published.path, 48))
  await expect(page).toHaveURL(published.path)
  expect(response?.status()).toBe(200)
  expect(directives(response?.headers()['cache-control'])).toEqual(
    expect.arrayContaining(['private', 'no-store']),
  )
  expect(response?.headers()['x-robots-tag']).toBe('noindex')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.draftTitle)

  const notice = banner(page)
  await expect(notice).toContainText('Preview of unpublished changes')
  await expect(notice).toContainText(`Drafts are shown on ${published.path} only.`)
  await expect(notice).toContainText('This preview link works until')
  const until = await notice.locator('time').getAttribute('datetime')
  const hoursLeft = (Date.parse(until ?? '') - Date.now()) / 3_600_000
  expect(hoursLeft).toBeGreaterThan(47.9)
  expect(hoursLeft).toBeLessThanOrEqual(48)
  const axe = await new AxeBuilder({ page }).include('aside').analyze()
  expect(axe.violations).toEqual([])

  // The same moment, another visitor without the link.
  const visitor = await browser.newContext()
  const other = await visitor.newPage()
  const publicResponse = await other.goto(published.path)
  await expectPublishedPage(other)
  expect(publicResponse?.headers()['x-robots-tag']).toBeUndefined()
  expect(directives(publicResponse?.headers()['cache-control'])).not.toContain('private')
  await other.goto('/en')
  await expect(other.getByText(published.draftTitle)).toHaveCount(0)
  await visitor.close()
})

test('a link scoped to the draft-only event shows it; the public gets a 404 before and after', async ({
  page,
  browser,
}) => {
  const visitor = await browser.newContext()
  const other = await visitor.newPage()
  expect((await other.goto(draftOnly.path))?.status()).toBe(404)

  await page.goto(previewLink(draftOnly.path, 2))
  await expect(page).toHaveURL(draftOnly.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftOnly.title)
  await expect(banner(page)).toContainText(`Drafts are shown on ${draftOnly.path} only.`)

  // Rendered in draft mode just now, yet nothing of it was cached for the public.
  expect((await other.goto(draftOnly.path))?.status()).toBe(404)
  await expect(other.getByText(draftOnly.title)).toHaveCount(0)
  await visitor.close()
})

test('a link for one page does not open drafts on another', async ({ page }) => {
  await page.goto(previewLink(draftOnly.path))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftOnly.title)

  const elsewhere = await page.goto(published.path)
  await expectPublishedPage(page)
  expect(elsewhere?.headers()['x-robots-tag']).toBeUndefined()
  await page.goto('/en')
  await expect(page.getByText(draftOnly.title)).toHaveCount(0)
  await expect(page.getByText(published.draftTitle)).toHaveCount(0)
  await expect(banner(page)).toHaveCount(0)

  // The grant is still there for its own page.
  await page.goto(draftOnly.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftOnly.title)
})

test('moving in and out of the scope by clicking links keeps banner and content in step', async ({
  page,
}) => {
  await page.goto(previewLink(published.path))
  await page.goto('/en')
  await expect(banner(page)).toHaveCount(0)
  await page.getByRole('link', { name: published.title }).first().click()
  await expect(page).toHaveURL(published.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.draftTitle)
  await expect(banner(page)).toBeVisible()

  await page.getByRole('link', { name: 'Event Portal' }).click()
  await expect(page).toHaveURL(/\/en$/)
  await expect(banner(page)).toHaveCount(0)
  await expect(page.getByText(published.draftTitle)).toHaveCount(0)
})

test('a section link (/en/*) shows drafts on every page under it', async ({ page }) => {
  await page.goto(previewLink('/en/*', 1))
  await expect(page).toHaveURL(/\/en$/)
  await expect(banner(page)).toContainText('Drafts are shown on every page under /en.')
  await expect(page.getByRole('link', { name: draftOnly.title })).toBeVisible()
  await page.getByRole('link', { name: draftOnly.title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftOnly.title)
  await expect(banner(page)).toBeVisible()
})

test('"Exit preview" turns draft mode off and returns to the published page', async ({
  page,
  context,
}) => {
  await page.goto(previewLink(published.path))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.draftTitle)
  expect(await previewCookies(context)).toEqual(
    expect.arrayContaining(['__prerender_bypass', '__preview_scope']),
  )

  await page.getByRole('button', { name: 'Exit preview' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(published.path)
  await expectPublishedPage(page)
  expect(await previewCookies(context)).toEqual([])

  await page.reload()
  await expectPublishedPage(page)
})

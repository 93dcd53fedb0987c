import { expect, test, type Page } from '@playwright/test'
import { e2e } from './env'
import {
  banner,
  draftOnly,
  previewCookies,
  previewLink,
  previewLinkWithId,
  published,
} from './preview-helpers'

function altered(link: string, change: (params: URLSearchParams) => void): string {
  const url = new URL(link)
  change(url.searchParams)
  return url.toString()
}

async function expectRefused(page: Page, link: string) {
  const response = await page.goto(link)
  expect(response?.status()).toBe(401)
  expect(response?.headers()['content-type']).toContain('text/html')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This preview link is invalid or has expired',
  )
  await expect(page.getByRole('link', { name: 'View the published page' })).toBeVisible()
  expect(await previewCookies(page.context())).toEqual([])
}

const valid = () => previewLink(published.path)

const refusals: [string, () => string][] = [
  ['a changed path', () => altered(valid(), (p) => p.set('path', draftOnly.path))],
  ['a widened path', () => altered(valid(), (p) => p.set('path', '/*'))],
  [
    'a changed expiry',
    () => altered(valid(), (p) => p.set('exp', String(Number(p.get('exp')) + 86_400))),
  ],
  [
    'a bad signature',
    () =>
      altered(valid(), (p) => {
        const sig = p.get('sig') ?? ''
        p.set('sig', `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`)
      }),
  ],
  ['no signature', () => altered(valid(), (p) => p.delete('sig'))],
  ['an expiry in the past', () => previewLink(published.path, 1, Date.now() - 2 * 3_600_000)],
  ['a revoked link id', () => previewLinkWithId(published.path, e2e.previewRevokedId)],
]

for (const [name, link] of refusals) {
  test(`a link with ${name} gets 401 and no draft mode`, async ({ page }) => {
    await expectRefused(page, link())
    await page.goto(published.path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.title)
    await expect(banner(page)).toHaveCount(0)
  })
}

test('the refusal page offers the public page of the link', async ({ page }) => {
  await expectRefused(
    page,
    altered(valid(), (p) => p.set('sig', 'x')),
  )
  await page.getByRole('link', { name: 'View the published page' }).click()
  await expect(page).toHaveURL(published.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.title)
})

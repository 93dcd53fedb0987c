import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const seedPath = '/en/events/from-open-software-to-open-culture'
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

test.describe('time zones', () => {
  test.use({ timezoneId: 'UTC' })

  test('without JavaScript the page shows the event zone and no toggle', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: 'UTC' })
    const page = await context.newPage()
    await page.goto(seedPath)
    await expect(page.locator('.facts')).toContainText('09:00–10:30 Eastern Time (UTC−4)')
    await expect(page.getByRole('button', { name: 'Show in my time zone' })).toHaveCount(0)
    await context.close()
  })

  test('the toggle shows 13:00–14:30 for a UTC visitor and back, by keyboard', async ({ page }) => {
    await page.goto(seedPath)
    const button = page.getByRole('button', { name: 'Show in my time zone' })
    const when = page.locator('.facts [aria-live="polite"]')
    await expect(button).toHaveAttribute('aria-pressed', 'false')
    await expect(when).toContainText('09:00–10:30 Eastern Time (UTC−4)')

    // Reach it with Tab, as a keyboard user would.
    for (let presses = 0; presses < 30; presses += 1) {
      if (await button.evaluate((element) => element === document.activeElement)) break
      await page.keyboard.press('Tab')
    }
    await expect(button).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(button).toHaveAttribute('aria-pressed', 'true')
    await expect(when).toContainText('Thursday, 23 September 2021, 13:00–14:30 your time zone')
    await expect(when).toContainText('Coordinated Universal Time')
    await expect(when).not.toContainText('New York')

    await page.keyboard.press('Space')
    await expect(button).toHaveAttribute('aria-pressed', 'false')
    await expect(when).toContainText('09:00–10:30 Eastern Time (UTC−4)')
  })
})

test.describe('time zones elsewhere', () => {
  test.use({ timezoneId: 'Asia/Tokyo' })

  test('a visitor in Tokyo sees 22:00–23:30', async ({ page }) => {
    await page.goto(seedPath)
    await page.getByRole('button', { name: 'Show in my time zone' }).click()
    await expect(page.locator('.facts [aria-live="polite"]')).toContainText(
      '23 September 2021, 22:00–23:30 your time zone (Japan Standard Time',
    )
  })
})

test.describe('accessibility and layout', () => {
  test('axe finds no WCAG 2.1 AA violations, before and after the toggle', async ({ page }) => {
    await page.goto(seedPath)
    const before = await new AxeBuilder({ page }).withTags(wcag).analyze()
    expect(before.violations).toEqual([])
    await page.getByRole('button', { name: 'Show in my time zone' }).click()
    const after = await new AxeBuilder({ page }).withTags(wcag).analyze()
    expect(after.violations).toEqual([])
  })

  test('fits a 320 px screen without sideways scrolling, and passes axe there', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(seedPath)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(320)
    const results = await new AxeBuilder({ page }).withTags(wcag).analyze()
    expect(results.violations).toEqual([])
  })

  test('prints without navigation or controls, with link addresses shown', async ({ page }) => {
    await page.goto(seedPath)
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Show in my time zone' })).toBeHidden()
    await expect(page.getByRole('region', { name: 'Add to calendar' })).toBeHidden()
    await expect(page.getByText(/^Page address: https?:\/\/\S+\/en\/events\//)).toBeVisible()
    // Generated content joins a link's accessible name in print, so find links by address.
    const after = (href: string) =>
      page
        .locator(`a[href^="${href}"]`)
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content)
    expect(await after('/en/people/salem-avan')).toContain('/en/people/salem-avan')
    expect(await after('https://webtv.un.org/')).toContain('https://webtv.un.org/')
  })
})

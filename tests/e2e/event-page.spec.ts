import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const seedPath = '/en/events/from-open-software-to-open-culture'
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function jsonLd(page: Page): Promise<Record<string, unknown>> {
  const text = await page.locator('script[type="application/ld+json"]').textContent()
  return JSON.parse(text ?? 'null')
}

test.describe('event page content', () => {
  test('shows every part of the seed event, linked where it has a page', async ({ page }) => {
    await page.goto(seedPath)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'From Open Software to Open Culture',
    )
    await expect(
      page
        .getByText(
          'Opportunities and challenges of open source to support the United Nations mandate',
        )
        .first(),
    ).toBeVisible()
    const facts = page.locator('.facts')
    await expect(facts).toContainText('23 September 2021, 09:00–10:30 New York time')
    await expect(facts).toContainText('Eastern Daylight Time')
    await expect(facts).toContainText('Online')
    await expect(facts).toContainText('Please RSVP')
    await expect(
      facts.getByRole('link', { name: 'Digital Public Goods Alliance' }),
    ).toHaveAttribute('href', '/en/organisations/digital-public-goods-alliance')
    await expect(
      page.getByRole('link', { name: 'UNGA 76 High-Level Week', exact: true }),
    ).toHaveAttribute('href', '/en/events?series=unga-76-high-level-week')
    await expect(page.getByRole('link', { name: 'Watch the recording' })).toHaveAttribute(
      'href',
      /^https:\/\/webtv\.un\.org\//,
    )
    await expect(page.locator('[data-role="panelist"] li')).toHaveCount(6)
    await expect(page.getByRole('link', { name: 'Salem Avan' })).toHaveAttribute(
      'href',
      '/en/people/salem-avan',
    )
    const initiatives = page.getByRole('region', { name: 'Initiatives' })
    await expect(initiatives.getByRole('link')).toHaveCount(4)
    await expect(
      initiatives.getByRole('link', { name: 'UN Secretariat Open Source Programme Office' }),
    ).toHaveAttribute('href', '/en/initiatives/un-secretariat-ospo')
    await expect(page.getByRole('link', { name: 'Events on Open source' })).toHaveAttribute(
      'href',
      '/en/events?topic=open-source',
    )
    const calendar = page.getByRole('region', { name: 'Add to calendar' })
    await expect(
      calendar.getByRole('link', { name: 'Download calendar file (.ics)' }),
    ).toHaveAttribute('href', `${seedPath}/event.ics`)
    const google = await calendar
      .getByRole('link', { name: 'Google Calendar' })
      .getAttribute('href')
    expect(new URL(google ?? '').searchParams.get('dates')).toBe(
      '20210923T130000Z/20210923T143000Z',
    )
    await expect(calendar.getByRole('link', { name: 'Outlook.com' })).toBeVisible()
  })

  test('carries schema.org Event JSON-LD with offsets in the event zone', async ({ page }) => {
    await page.goto(seedPath)
    const data = await jsonLd(page)
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'From Open Software to Open Culture',
      startDate: '2021-09-23T09:00:00-04:00',
      endDate: '2021-09-23T10:30:00-04:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation' },
    })
    expect(data.organizer).toEqual([
      expect.objectContaining({ '@type': 'Organization', alternateName: 'OICT' }),
      expect.objectContaining({
        '@type': 'Organization',
        name: "Office of the Secretary-General's Envoy on Technology",
      }),
      expect.objectContaining({ '@type': 'Organization', name: 'Digital Public Goods Alliance' }),
    ])
    expect(Array.isArray(data.performer) ? data.performer : []).toHaveLength(9)
    expect(data.performer).toContainEqual(
      expect.objectContaining({
        '@type': 'Person',
        name: 'Mala Kumar',
        jobTitle: 'Director of Tech for Social Good',
      }),
    )
    expect(new URL(String(data.url)).pathname).toBe(seedPath)
  })

  test('has a canonical address, Open Graph and Twitter cards with a generated image', async ({
    page,
    request,
  }) => {
    await page.goto(seedPath)
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(new URL(canonical ?? '').pathname).toBe(seedPath)
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content')
    expect(await meta('meta[property="og:title"]')).toBe('From Open Software to Open Culture')
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image')
    expect(await meta('meta[property="og:image:alt"]')).toContain('New York time')
    for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
      const image = new URL((await meta(selector)) ?? '')
      const response = await request.get(`${image.pathname}${image.search}`)
      expect(response.status(), selector).toBe(200)
      expect(response.headers()['content-type']).toBe('image/png')
      expect((await response.body()).subarray(1, 4).toString()).toBe('PNG')
    }
    const jsonImage = new URL(String((await jsonLd(page)).image))
    expect((await request.get(jsonImage.pathname)).status()).toBe(200)
  })
})

test.describe('time zones', () => {
  test.use({ timezoneId: 'UTC' })

  test('without JavaScript the page shows the event zone and no toggle', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: 'UTC' })
    const page = await context.newPage()
    await page.goto(seedPath)
    await expect(page.locator('.facts')).toContainText('09:00–10:30 New York time')
    await expect(page.getByRole('button', { name: 'Show in my time zone' })).toHaveCount(0)
    await context.close()
  })

  test('the toggle shows 13:00–14:30 for a UTC visitor and back, by keyboard', async ({ page }) => {
    await page.goto(seedPath)
    const button = page.getByRole('button', { name: 'Show in my time zone' })
    const when = page.locator('.facts [aria-live="polite"]')
    await expect(button).toHaveAttribute('aria-pressed', 'false')
    await expect(when).toContainText('09:00–10:30 New York time')

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
    await expect(when).toContainText('09:00–10:30 New York time')
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

import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const pages = {
  home: '/en',
  'events list': '/en/events?when=past',
  'filtered events list': '/en/events?q=open&topic=open-source&when=all',
  person: '/en/people/salem-avan',
  'people list': '/en/people',
  organisation: '/en/organisations/oict',
  initiative: '/en/initiatives/open-source-technology-challenge',
  'initiatives list': '/en/initiatives',
  'search results': '/en/search?q=open+source',
  '404': '/en/people/no-such-person',
}

for (const [name, path] of Object.entries(pages)) {
  test(`${name} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([])
  })

  test(`${name} fits a 320 px wide screen`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(overflow).toBeLessThanOrEqual(320)
  })
}

test('headings go down one level at a time on list and detail pages', async ({ page }) => {
  for (const path of Object.values(pages)) {
    await page.goto(path)
    // A 404's content is drawn by the browser once the page's script runs (see the
    // expected failure in foundation.spec.ts), so it can come after the load event.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const levels = await page
      .locator('main :is(h1, h2, h3, h4, h5, h6)')
      .evaluateAll((nodes) => nodes.map((node) => Number(node.tagName.slice(1))))
    expect(levels[0], path).toBe(1)
    levels.forEach((level, i) => {
      if (i > 0) expect(level - (levels[i - 1] ?? 1), path).toBeLessThanOrEqual(1)
    })
  }
})

test('the filter form is usable from the keyboard, with a visible focus', async ({ page }) => {
  await page.goto('/en/events?when=past')
  const search = page.getByLabel('Search events')
  await search.focus()
  const outline = await search.evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.type('salem')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/q=salem/)
  await expect(page.getByRole('heading', { name: '1 event' })).toBeVisible()
})

test('printing leaves out the filters and navigation', async ({ page }) => {
  await page.goto('/en/events?when=past')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('search')).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('link', { name: 'From Open Software to Open Culture' })).toBeVisible()
})

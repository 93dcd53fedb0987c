import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import path from 'node:path'
import { markersMissingFrom, scriptsLoadedBy, studioCodeIn } from './support/studio-bundle'

/**
 * The Studio on the default build, which has no Sanity project configured: /studio explains
 * how to connect one, and no public page loads any Studio code.
 */
const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? '.next')
const publicPages = ['/en', '/en/events/from-open-software-to-open-culture']

test.describe('without a Sanity project', () => {
  for (const url of ['/studio', '/studio/structure/event']) {
    test(`${url} explains how to connect a project`, async ({ page }) => {
      const response = await page.goto(url)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Connect a Sanity project to edit content',
      )
      const variables = page.getByRole('table', { name: 'Environment variables' })
      for (const name of ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'SANITY_API_READ_TOKEN']) {
        await expect(variables.getByRole('rowheader', { name: new RegExp(name) })).toBeVisible()
      }
      await expect(page.getByText('npm run build && npm start')).toBeVisible()
      await expect(page.getByRole('link', { name: 'Back to the site' })).toHaveAttribute(
        'href',
        '/en',
      )
    })
  }

  test('the setup page is served without JavaScript, is accessible, and loads no Studio code', async ({
    page,
    request,
  }) => {
    const html = await (await request.get('/studio')).text()
    expect(html).toContain('Connect a Sanity project to edit content')
    expect(html).toContain('<meta name="robots" content="noindex"/>')
    const scripts = await scriptsLoadedBy(page, '/studio')
    expect(studioCodeIn(distDir, scripts)).toEqual([])
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  })

  test('draft mode from the Studio needs a project: a clear 503, not an error page', async ({
    request,
  }) => {
    const response = await request.get('/api/draft-mode/enable?sanity-preview-secret=anything', {
      maxRedirects: 0,
    })
    expect(response.status()).toBe(503)
    expect(await response.text()).toContain('NEXT_PUBLIC_SANITY_PROJECT_ID')
    expect(response.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass=')
  })

  test('leaving draft mode returns to a page on this site only', async ({ request }) => {
    for (const [target, expected] of [
      [
        '/en/events/from-open-software-to-open-culture',
        '/en/events/from-open-software-to-open-culture',
      ],
      ['//evil.example/en', '/'],
      ['https://evil.example', '/'],
    ]) {
      const response = await request.get(
        `/api/draft-mode/disable?redirect=${encodeURIComponent(target ?? '')}`,
        { maxRedirects: 0 },
      )
      expect(response.status()).toBe(307)
      expect(response.headers().location).toBe(expected)
    }
  })
})

test.describe('bundle isolation', () => {
  test('the markers are real: the build contains each of them', () => {
    expect(markersMissingFrom(distDir)).toEqual([])
  })

  for (const url of publicPages) {
    test(`${url} loads no Studio code`, async ({ page }) => {
      const scripts = await scriptsLoadedBy(page, url)
      expect(scripts.length).toBeGreaterThan(0)
      expect(studioCodeIn(distDir, scripts)).toEqual([])
    })
  }
})

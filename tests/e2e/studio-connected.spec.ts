import { createClient } from '@sanity/client'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { expect as baseExpect, test, type Page } from '@playwright/test'
import path from 'node:path'
import { connectedApiHost } from './builds'
import {
  connected,
  connectedURL,
  startConnectedSite,
  type ConnectedSite,
} from './support/connected-site'
import { editorUser } from '../support/studio-api'
import { watchPolicyViolations } from './support/policy-violations'
import { muteSanityCdn } from './support/sanity-cdn'
import { expectSecurityHeaders } from './support/security-headers'
import { scriptsLoadedBy, studioCodeIn } from './support/studio-bundle'

/**
 * The site built with a Sanity project configured. Sanity's hosted API is out of reach, so
 * the site and the Studio talk to a local stand-in of the Content Lake that runs the same
 * GROQ on the bundled dataset (see tests/support/content-lake.ts).
 */
test.describe.configure({ mode: 'serial' })
// The Studio is a large app on a busy machine: give each step time to settle.
const expect = baseExpect.configure({ timeout: 20_000 })
test.use({ baseURL: connectedURL, timezoneId: 'Europe/Zurich' })

let site: ConnectedSite
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000) // the Content Lake stand-in and `next start`
  site = await startConnectedSite()
})
test.afterAll(async () => {
  await site?.stop()
})

const distDir = path.resolve(connected.distDir)
const eventPath = '/en/events/from-open-software-to-open-culture'
const draftTitle = 'From Open Software to Open Culture: the full recording'
const publishedTitle = 'From Open Software to Open Culture'

/** Opens the Studio; returns what the browser refuses under the Studio's policy meanwhile. */
async function openStudio(page: Page, url = '/studio'): Promise<string[]> {
  const refused = await watchPolicyViolations(page.context())
  await muteSanityCdn(page.context())
  await page.goto(url)
  // The signed-in editor's avatar: the Studio has started.
  await expect(page.getByRole('button', { name: editorUser.name })).toBeVisible({ timeout: 30_000 })
  return refused
}

test.describe('with a Sanity project', () => {
  test('/studio serves the Studio, at every Studio address', async ({ request }) => {
    for (const url of ['/studio', '/studio/structure/event']) {
      const response = await request.get(url)
      expect(response.status()).toBe(200)
      const html = await response.text()
      expect(html).toContain('id="sanity"')
      expect(html).not.toContain('Connect a Sanity project')
    }
  })

  test("/studio lets the Studio reach the project's API host, under the Studio's policy", async ({
    request,
  }) => {
    const project = connectedApiHost.replace('//', `//${connected.projectId}.`)
    for (const url of ['/studio', '/studio/presentation']) {
      expectSecurityHeaders((await request.get(url)).headers(), {
        studio: true,
        https: false,
        connects: [project, project.replace(/^http/, 'ws'), connectedApiHost],
      })
    }
    expectSecurityHeaders((await request.get(eventPath)).headers(), { studio: false, https: false })
  })

  test('the Studio page loads the Studio code, public pages of the same build do not', async ({
    browser,
  }) => {
    // A fresh browser context per page, so no late Studio chunk is counted against another page.
    const studioStarted = (page: Page) =>
      expect(page.getByRole('button', { name: editorUser.name })).toBeVisible()
    const visit = async (url: string) => {
      const context = await browser.newContext({ baseURL: connectedURL })
      await muteSanityCdn(context)
      const page = await context.newPage()
      const scripts = await scriptsLoadedBy(
        page,
        url,
        url === '/studio' ? studioStarted : undefined,
      )
      await context.close()
      return studioCodeIn(distDir, scripts).map((found) => found.marker)
    }
    expect(await visit('/studio')).toEqual(
      expect.arrayContaining(['At least one workspace is required.', 'Share preview link']),
    )
    for (const url of ['/en', eventPath]) expect(await visit(url)).toEqual([])
  })

  test('staff find events by upcoming, past, drafts and series', async ({ page }) => {
    const refused = await openStudio(page)
    const content = page.getByRole('link')
    for (const name of [
      'People',
      'Organisations',
      'Initiatives',
      'Topics',
      'Event series',
      'Translations',
      'Settings',
    ]) {
      await expect(content.filter({ hasText: name }).first()).toBeVisible()
    }
    await page.getByRole('link', { name: 'Events' }).click()
    for (const name of ['Upcoming', 'Past', 'Drafts (unpublished changes)', 'By series']) {
      await expect(page.getByRole('link', { name })).toBeVisible()
    }

    await page.getByRole('link', { name: 'Past' }).click()
    const past = page.getByRole('link', { name: new RegExp(draftTitle) })
    await expect(past).toBeVisible()
    await expect(past).toContainText(/23 Sept? 2021, 09:00 New York · Scheduled/)

    await page.getByRole('link', { name: 'Drafts (unpublished changes)' }).click()
    await expect(page.getByRole('link', { name: new RegExp(draftTitle) })).toBeVisible()
    await expect(
      page.getByRole('link', { name: /Open Source Programme Offices: a practice exchange/ }),
    ).toBeVisible()

    await page.getByRole('link', { name: 'Upcoming' }).click()
    await expect(
      page.getByRole('link', { name: /Open Source Programme Offices: a practice exchange/ }),
    ).toBeVisible()
    await expect(page.getByRole('link', { name: new RegExp(draftTitle) })).toHaveCount(0)
    expect(refused).toEqual([])
  })

  test('Settings is one document that cannot be deleted or duplicated', async ({ page }) => {
    await openStudio(page)
    await page.getByRole('link', { name: 'Settings' }).click()
    await expect(page.getByRole('heading', { name: 'Site settings', level: 2 })).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'English' }).first()).toHaveValue('Event Portal')
    await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeVisible()
    // Delete and duplicate would sit in this menu (see the event below); Settings has none.
    await expect(page.getByRole('button', { name: 'Open document actions' })).toHaveCount(0)
  })

  test('"Share preview link" creates a secret and shows the link, its expiry and a copy button', async ({
    page,
  }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    // The site's side of the contract is built elsewhere; here it is a faithful double.
    const sent: unknown[] = []
    await page.context().route(`${connectedURL}/api/preview/links`, async (route) => {
      sent.push(route.request().postDataJSON())
      await route.fulfill({
        json: {
          url: `${connectedURL}/api/preview/open?token=signed`,
          expiresAt: '2030-01-08T10:00:00.000Z',
        },
      })
    })
    await openStudio(page)
    await page.getByRole('link', { name: 'Events' }).click()
    await page.getByRole('link', { name: 'Past' }).click()
    await page.getByRole('link', { name: new RegExp(draftTitle) }).click()
    await expect(page.getByRole('textbox', { name: 'English' }).first()).toHaveValue(draftTitle)
    // The menu button settles once the Studio has loaded the document and its permissions;
    // a click while it re-renders can be lost, so open the menu until it stays open.
    const actions = page.getByRole('button', { name: 'Open document actions' })
    const menu = page.getByRole('menu')
    await expect(async () => {
      if (!(await menu.isVisible())) await actions.click()
      await baseExpect(menu).toBeVisible({ timeout: 2_000 })
    }).toPass({ timeout: 30_000 })
    await expect(menu.getByRole('menuitem', { name: /Delete/ })).toBeVisible()
    await expect(menu.getByRole('menuitem', { name: /Duplicate/ })).toBeVisible()
    // The same holds for the menu item: if the menu re-rendered under the click, open it again.
    const dialog = page.getByRole('dialog', { name: 'Share preview link' })
    await expect(async () => {
      if (!(await dialog.isVisible())) {
        if (!(await menu.isVisible())) await actions.click()
        await menu.getByRole('menuitem', { name: 'Share preview link' }).click({ timeout: 2_000 })
      }
      await baseExpect(dialog).toBeVisible({ timeout: 2_000 })
    }).toPass({ timeout: 30_000 })
    await dialog.getByLabel('Link works for').selectOption({ label: '7 days' })
    await dialog.getByRole('button', { name: 'Create link' }).click()
    await expect(dialog.getByLabel('Preview link')).toHaveValue(
      `${connectedURL}/api/preview/open?token=signed`,
    )
    await expect(dialog).toContainText('Expires Tuesday, 8 January 2030 at 11:00 CET.')

    const secrets = [...site.lake.documents.values()].filter(
      (doc) => doc._type === 'sanity.previewUrlSecret' && doc.source === 'share-preview-link',
    )
    expect(secrets).toHaveLength(1)
    expect(sent).toEqual([{ secret: secrets[0]?.secret, path: eventPath, hours: 168 }])

    await dialog.getByRole('button', { name: 'Copy' }).click()
    await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${connectedURL}/api/preview/open?token=signed`,
    )
  })

  test('the Preview tool opens the page in draft mode, with nothing refused by either policy', async ({
    page,
  }) => {
    const refused = await openStudio(
      page,
      `/studio/presentation?preview=${encodeURIComponent(eventPath)}`,
    )
    const preview = page.frameLocator('iframe')
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(draftTitle, {
      timeout: 30_000,
    })
    // The Studio never goes network-idle (its listeners reconnect); the framed page's load
    // event is the last thing it waits for.
    const framed = page.frames().find((frame) => frame.url().includes(eventPath))
    await framed?.waitForLoadState('load')
    expect(framed, 'the framed site page').toBeDefined()
    // The Studio under its policy, the framed site page under the site's.
    expect(refused).toEqual([])
  })
})

test.describe('draft mode through the preview secret', () => {
  const enable = (secret: string) =>
    `${connectedURL}/api/draft-mode/enable?sanity-preview-secret=${encodeURIComponent(secret)}&sanity-preview-pathname=${encodeURIComponent(eventPath)}`

  const h1 = async (response: Response) => /<h1>([^<]*)<\/h1>/.exec(await response.text())?.[1]

  test('a forged secret gets 401 and no draft mode', async () => {
    const response = await fetch(enable('forged-secret'), { redirect: 'manual' })
    expect(response.status).toBe(401)
    expect(response.headers.get('set-cookie') ?? '').not.toContain('__prerender_bypass=')
  })

  test('a secret written by the Studio opens the page with its drafts, until draft mode is left', async () => {
    const studioClient = createClient({
      projectId: connected.projectId,
      dataset: 'production',
      apiVersion: '2025-02-19',
      apiHost: site.lake.url,
      useProjectHostname: false,
      useCdn: false,
      token: 'editor-session',
    })
    const { secret } = await createPreviewSecret(
      studioClient,
      'presentation',
      `${connectedURL}/studio`,
      'p-editor',
    )

    const enabled = await fetch(enable(secret), { redirect: 'manual' })
    expect(enabled.status).toBe(307)
    expect(enabled.headers.get('location')).toBe(eventPath)
    // Every cookie the route sets, as a browser would send them back.
    const set = enabled.headers.getSetCookie().map((header) => header.split(';')[0] ?? '')
    const cookie = set.filter((pair) => !pair.endsWith('=')).join('; ')
    expect(cookie).toMatch(/__prerender_bypass=\w+/)

    expect(await h1(await fetch(`${connectedURL}${eventPath}`, { headers: { cookie } }))).toBe(
      draftTitle,
    )
    expect(await h1(await fetch(`${connectedURL}${eventPath}`))).toBe(publishedTitle)

    const left = await fetch(
      `${connectedURL}/api/draft-mode/disable?redirect=${encodeURIComponent(eventPath)}`,
      {
        headers: { cookie },
        redirect: 'manual',
      },
    )
    expect(left.status).toBe(307)
    expect(left.headers.get('set-cookie')).toMatch(/__prerender_bypass=;/)
  })
})

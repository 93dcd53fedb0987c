import { expect, type BrowserContext, type Page } from '@playwright/test'
import { createPreviewLink, linkQuery } from '../../lib/preview/link'
import { sign } from '../../lib/preview/token'
import { e2e } from './env'

/** Links are made the way `npm run preview:link` makes them, with the e2e server's secret. */
export function previewLink(path: string, hours = 48, now = Date.now()): string {
  return createPreviewLink({ path, hours, baseUrl: e2e.baseURL, secret: e2e.previewSecret, now })
    .url
}

/** A correctly signed link with a chosen id (for the revocation list). */
export function previewLinkWithId(path: string, id: string): string {
  const expiresAt = Math.floor((Date.now() + 3_600_000) / 1000) * 1000
  const url = new URL('/api/preview', e2e.baseURL)
  url.search = linkQuery(sign({ scope: path, expiresAt, id }, e2e.previewSecret)).toString()
  return url.toString()
}

export const published = {
  path: '/en/events/from-open-software-to-open-culture',
  title: 'From Open Software to Open Culture',
  draftTitle: 'From Open Software to Open Culture: the full recording',
}

export const draftOnly = {
  path: '/en/events/ospo-practice-exchange',
  slug: 'ospo-practice-exchange',
  title: 'Open Source Programme Offices: a practice exchange',
}

export function banner(page: Page) {
  return page.getByRole('complementary', { name: 'Preview' })
}

export async function previewCookies(context: BrowserContext) {
  const names = (await context.cookies()).map((cookie) => cookie.name)
  return names.filter((name) => name === '__prerender_bypass' || name === '__preview_scope')
}

export async function expectPublishedPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.title)
  await expect(banner(page)).toHaveCount(0)
}

/** `Cache-Control` as a list of directives, e.g. `["private", "no-store", "max-age=0"]`. */
export function directives(header: string | undefined): string[] {
  return (header ?? '').split(',').map((part) => part.trim().toLowerCase())
}

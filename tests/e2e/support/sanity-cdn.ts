import type { BrowserContext } from '@playwright/test'

/**
 * The Studio also loads scripts from Sanity's CDN (a dashboard bridge, a version check).
 * Offline they would fail noisily; an empty module stands in for each.
 */
export async function muteSanityCdn(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\/([\w-]+\.)*sanity-cdn\.com\//, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'export {}' }),
  )
}

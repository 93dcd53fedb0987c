import type { BrowserContext } from '@playwright/test'

/**
 * Collects what the browser refuses under the response headers' policies, in every frame of
 * a browser context (the Studio and the site inside Presentation's frame alike): each
 * `securitypolicyviolation` event, and console messages about the Content-Security-Policy or
 * the Permissions-Policy header (Chromium reports an unknown feature only there).
 */
export async function watchPolicyViolations(context: BrowserContext): Promise<string[]> {
  const found: string[] = []
  await context.exposeBinding('__reportPolicyViolation', (_source, text: string) => {
    found.push(text)
  })
  await context.addInitScript(() => {
    const report = (window as unknown as { __reportPolicyViolation: (text: string) => void })
      .__reportPolicyViolation
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : ''
      report(
        `${event.effectiveDirective} refused ${event.blockedURI} on ${event.documentURI}${where}`,
      )
    })
  })
  context.on('console', (message) => {
    const text = message.text()
    if (/Content Security Policy|Permissions-Policy/i.test(text)) found.push(text)
  })
  return found
}

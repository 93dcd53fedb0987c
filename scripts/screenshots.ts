/**
 * Screenshots of the Arabic and Chinese event pages at a phone's and a desktop's width, for
 * docs/screenshots/ (linked from the README). Run against a started portal:
 *   npm run portal            # in one shell
 *   npx tsx scripts/screenshots.ts [http://127.0.0.1:3000]
 * Chromium draws with the fonts the machine has: on Debian, `apt-get install fonts-noto-cjk
 * fonts-noto-core` gives it Chinese and Arabic ones.
 */
import path from 'node:path'
import { chromium } from '@playwright/test'

const base = process.argv[2] ?? 'http://127.0.0.1:3000'
const slug = 'from-open-software-to-open-culture'
const out = path.resolve('docs/screenshots')

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox'],
  })
  try {
    for (const locale of ['ar', 'zh']) {
      for (const width of [375, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, locale })
        await page.goto(`${base}/${locale}/events/${slug}`, { waitUntil: 'networkidle' })
        const file = path.join(out, `event-${locale}-${width}.png`)
        await page.screenshot({ path: file, fullPage: true })
        console.info(file)
        await page.close()
      }
    }
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})

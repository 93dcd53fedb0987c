import { rm } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { expiryTiming } from '../../lib/content/revalidation'
import { parseAssignment } from '../../scripts/publish/edit'
import { e2e } from './env'
import { ContentEditor } from './helpers/content'
import { load } from './helpers/load'
import { heading, html, seed } from './helpers/pages'

/**
 * Visitors never see an error because the content backend fails or because pages are
 * being regenerated: the last good content keeps being served.
 */
const editor = new ContentEditor()
const withinSeconds = expiryTiming.settleMs.local + expiryTiming.repeatAfterMs + 2000
const set = (assignment: string) => ({
  kind: 'update' as const,
  edits: [parseAssignment(assignment)],
})

test.beforeEach(() => editor.snapshot())
test.afterEach(() => editor.restore())

test('a deleted dataset file: a forced regeneration still serves the last good page', async ({
  request,
}) => {
  await editor.publish(seed.eventId, set('title.en=The Last Good Title'))
  expect(await heading(request, seed.eventPath)).toBe('The Last Good Title')
  expect(await html(request, '/en')).toContain('The Last Good Title')

  await rm(editor.file)
  await editor.notify(seed.eventId)

  for (let i = 0; i < 3; i++) {
    expect(await heading(request, seed.eventPath)).toBe('The Last Good Title')
    expect(await html(request, '/en')).toContain('The Last Good Title')
  }
})

test('a corrupt dataset file: a forced regeneration still serves the last good page', async ({
  request,
}) => {
  await editor.publish(seed.eventId, set('title.en=Still The Good Title'))
  expect(await heading(request, seed.eventPath)).toBe('Still The Good Title')

  await editor.replaceFile('{"_id": "event-from-open-software-to-open-cul\u0000\u0001 ???\n')
  await editor.notify(seed.eventId)
  await editor.notify(seed.personId)

  expect(await heading(request, seed.eventPath)).toBe('Still The Good Title')
  expect(await html(request, seed.eventPath)).toContain(seed.personName)
  expect(await html(request, '/en')).toContain('Still The Good Title')
})

test('requests during repeated publishing never get a 5xx', async ({ request }) => {
  const titles = ['Under Load One', 'Under Load Two', 'Under Load Three', 'Under Load Four']
  const running = [load(`${e2e.baseURL}${seed.eventPath}`, 6), load(`${e2e.baseURL}/en`, 6, 2)]
  await new Promise((resolve) => setTimeout(resolve, 500))
  for (const title of titles) {
    await editor.publish(seed.eventId, set(`title.en=${title}`))
    await new Promise((resolve) => setTimeout(resolve, 700))
  }
  const reports = await Promise.all(running)
  for (const report of reports) {
    expect(report.non2xx).toBe(0)
    expect(report.errors).toBe(0)
    expect(report.timeouts).toBe(0)
    expect(report['2xx']).toBeGreaterThan(50)
  }
  test.info().annotations.push({
    type: 'load',
    description: reports
      .map((r) => `${r.requests.total} requests, p99 ${r.latency.p99} ms, ${r.non2xx} non-2xx`)
      .join('; '),
  })
  // Renders under way at the last publish are replaced within the repeat expiry.
  await expect
    .poll(() => heading(request, seed.eventPath), { timeout: withinSeconds })
    .toBe('Under Load Four')
})

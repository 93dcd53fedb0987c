// @vitest-environment jsdom
import { fireEvent, waitFor } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { renderStudio, startStudioLake } from '../fixtures/studio-app'
import type { ContentLake } from '../support/content-lake'

/** "Share preview link" in the real Studio: what the dialog asks the site to sign. */
let lake: ContentLake
beforeAll(async () => {
  lake = await startStudioLake([
    {
      _id: 'event-a',
      _type: 'event',
      title: { _type: 'localeString', en: 'Open data' },
      slug: { _type: 'slug', current: 'open-data' },
    },
  ])
})
afterAll(() => lake.close())
afterEach(() => vi.restoreAllMocks())

const find = <T extends Element>(selector: string, text?: string) =>
  waitFor(
    () => {
      const found = [...document.querySelectorAll<T>(selector)].find(
        (element) => text === undefined || element.textContent === text,
      )
      if (!found) throw new Error(`no ${selector} ${text ?? ''}`)
      return found
    },
    { timeout: 30_000 },
  )

/** The site's /api/preview/links, answering as it does; each request body is kept. */
function siteEndpoint(): unknown[] {
  const sent: unknown[] = []
  const fetch = globalThis.fetch
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    if (String(input) !== '/api/preview/links') return fetch(input, init)
    sent.push(JSON.parse(String(init?.body)))
    const url = 'https://portal.example/api/preview?path=x'
    return Promise.resolve(Response.json({ url, expiresAt: '2030-01-01T00:00:00Z' }))
  })
  return sent
}

describe('Share preview link', () => {
  it('"Every page in this language" asks for the language prefix', async () => {
    const sent = siteEndpoint()
    renderStudio(lake, '/studio/structure/events;all-events;event-a')
    fireEvent.click(await find('[data-testid="action-menu-button"]'))
    fireEvent.click(await find('[role="menuitem"], button', 'Share preview link'))
    const opens = await find<HTMLSelectElement>('select:has(option[value="language"])')
    expect(await find('code', '/en/events/open-data')).toBeInTheDocument()
    fireEvent.change(opens, { target: { value: 'language' } })
    expect(await find('code', '/en/*')).toBeInTheDocument()
    fireEvent.click(await find('button', 'Create link'))
    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 30_000 })
    expect(sent[0]).toMatchObject({ path: '/en/*', hours: 24 })
    // The dialog shows the link the site made, with its expiry.
    await waitFor(() => expect(document.body).toHaveTextContent(/Expires/))
  }, 60_000)
})

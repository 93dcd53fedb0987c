import { NextRequest } from 'next/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'

/** What the routes did to draft mode and the cookie jar (next/headers needs a request scope). */
const effects = vi.hoisted(() => ({ disabled: 0, cleared: [] as string[] }))

vi.mock('next/headers', () => ({
  draftMode: async () => ({
    disable: () => {
      effects.disabled += 1
    },
  }),
  cookies: async () => ({
    set: (name: string, value: string, options: { expires?: Date }) => {
      if (value === '' && options.expires?.getTime() === 0) effects.cleared.push(name)
    },
    delete: (name: string) => effects.cleared.push(name),
  }),
}))

const { GET: disable } = await import('@/app/api/draft-mode/disable/route')
const { GET: exitByLink, POST: exitByForm } = await import('@/app/api/preview/exit/route')

const get = (url: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://portal.test${url}`, { headers })

beforeEach(() => {
  effects.disabled = 0
  effects.cleared = []
})

function expectPreviewLeft() {
  expect(effects.disabled).toBe(1)
  expect(effects.cleared).toEqual(expect.arrayContaining(['__preview_scope']))
}

describe('leaving preview', () => {
  it.each([
    ['/€', '/%E2%82%AC'],
    ['/%00', '/'],
    ['%00', '/'],
    ['/en/events/a%0D%0ASet-Cookie:%20x=1', '/'],
    ['/en/events?topic=open-source', '/en/events?topic=open-source'],
    ['//evil.example/en', '/'],
  ])(
    '/api/draft-mode/disable?redirect=%s answers 307 %s and clears the cookies',
    async (raw, to) => {
      const response = await disable(get(`/api/draft-mode/disable?redirect=${raw}`))
      expect(response.status).toBe(307)
      expect(response.headers.get('location')).toBe(to)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expectPreviewLeft()
      expect(effects.cleared).toContain('sanity-preview-perspective')
    },
  )

  it('/api/draft-mode/disable and /api/preview/exit send the same value to the same place', async () => {
    for (const raw of ['/€', '/en/events/a/../b/', '/%00', 'https://evil.example']) {
      const viaDisable = await disable(get(`/api/draft-mode/disable?redirect=${raw}`))
      const viaExit = await exitByLink(get(`/api/preview/exit?path=${raw}`))
      expect(viaExit.status).toBe(303)
      expect(viaExit.headers.get('location')).toBe(viaDisable.headers.get('location'))
    }
  })

  it('the banner form leaves preview and returns to the page', async () => {
    const form = new NextRequest('http://portal.test/api/preview/exit', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
      },
      body: new URLSearchParams({ path: '/fr/événements/a' }).toString(),
    })
    const response = await exitByForm(form)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/fr/%C3%A9v%C3%A9nements/a')
    expectPreviewLeft()
  })

  it('a form that is not a form still leaves preview, to the home page', async () => {
    const response = await exitByForm(
      new NextRequest('http://portal.test/api/preview/exit', { method: 'POST', body: '%%%' }),
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/')
    expectPreviewLeft()
  })

  it('a cross-site request to the exit is redirected without ending the preview', async () => {
    const crossSite = { 'sec-fetch-site': 'cross-site' }
    const link = await exitByLink(get('/api/preview/exit?path=/en/events/a', crossSite))
    expect(link.status).toBe(303)
    expect(link.headers.get('location')).toBe('/en/events/a')
    const form = await exitByForm(
      new NextRequest('http://portal.test/api/preview/exit', {
        method: 'POST',
        headers: { ...crossSite, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'path=%2Fen',
      }),
    )
    expect(form.status).toBe(303)
    expect(effects.disabled).toBe(0)
    expect(effects.cleared).toEqual([])
  })
})

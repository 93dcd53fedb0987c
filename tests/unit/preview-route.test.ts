import { NextRequest } from 'next/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { GET } from '@/app/api/preview/route'
import { createPreviewLink } from '@/lib/preview/link'

const secret = 'a-test-secret-that-is-long-enough-0123456789'
const link = (path: string) =>
  createPreviewLink({ path, baseUrl: 'http://portal.test', secret, hours: 1 }).url

describe('GET /api/preview refusals', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('without PREVIEW_SECRET links are switched off, with a page that says so', async () => {
    vi.stubEnv('PREVIEW_SECRET', '')
    const response = await GET(new NextRequest(link('/en/events/a')))
    expect(response.status).toBe(501)
    expect(response.headers.get('set-cookie')).toBeNull()
    const html = await response.text()
    expect(html).toContain('<h1>Preview links are switched off</h1>')
    expect(html).toContain('<a href="/en/events/a">View the published page</a>')
  })

  it('a forged link gets the 401 page, escaped, with no cookie', async () => {
    vi.stubEnv('PREVIEW_SECRET', secret)
    const forged = new URL(link('/en/events/a'))
    forged.searchParams.set('path', '/en/events/"><script>alert(1)</script>')
    const response = await GET(new NextRequest(forged))
    expect(response.status).toBe(401)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const html = await response.text()
    expect(html).toContain('This preview link is invalid or has expired')
    expect(html).not.toContain('<script>')
  })
})

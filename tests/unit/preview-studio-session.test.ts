import { redirect } from 'next/navigation'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { previewConfig } from '@/lib/preview/config'
import { decodeGrant, verify } from '@/lib/preview/token'

/** Next.js's cookie store, which only exists inside a request, is recorded instead. */
const setCookie = vi.fn()
vi.mock('next/headers', () => ({ cookies: async () => ({ set: setCookie }) }))

const { withWholeSiteScope } = await import('@/lib/preview/studio-session')
const secret = 'a-test-secret-that-is-long-enough-0123456789'
const request = new Request('http://portal.test/api/draft-mode/enable?sanity-preview-secret=s')

describe('Studio (Presentation tool) sessions', () => {
  beforeEach(() => vi.stubEnv('PREVIEW_SECRET', secret))
  afterEach(() => {
    vi.unstubAllEnvs()
    setCookie.mockReset()
  })

  it('once the Studio secret is accepted, the session may preview the whole site', async () => {
    const GET = withWholeSiteScope(async () => redirect('/en/events/a'))
    await expect(GET(request)).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT/),
    })
    expect(setCookie).toHaveBeenCalledTimes(1)
    const [name, value, options] = setCookie.mock.calls[0] ?? []
    expect(name).toBe('__preview_scope')
    expect(options).toMatchObject({ httpOnly: true, path: '/' })
    const config = previewConfig()
    const grant = decodeGrant(String(value))
    expect(grant && config.enabled && verify(grant, { ...config, now: Date.now() })).toMatchObject({
      ok: true,
      grant: { scope: '/*' },
    })
  })

  it('a refused secret gets no scope', async () => {
    const GET = withWholeSiteScope(async () => new Response('Invalid secret', { status: 401 }))
    expect((await GET(request)).status).toBe(401)
    expect(setCookie).not.toHaveBeenCalled()
  })

  it('a failure while checking the secret gets no scope', async () => {
    const GET = withWholeSiteScope(async () => {
      throw new Error('Content Lake unreachable')
    })
    await expect(GET(request)).rejects.toThrow('Content Lake unreachable')
    expect(setCookie).not.toHaveBeenCalled()
  })
})

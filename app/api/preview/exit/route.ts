import { cookies, draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'
import { expiredCookie, scopeCookie } from '@/lib/preview/cookies'
import { normalisePath } from '@/lib/preview/scope'

/**
 * Leaves preview: turns draft mode off, forgets the scope and returns to the same page as
 * the public sees it. `path` (form field or query) must be a path on this site; anything
 * else returns to the home page, so the route cannot be used to send people elsewhere.
 */
async function exit(path: FormDataEntryValue | null): Promise<Response> {
  ;(await draftMode()).disable()
  ;(await cookies()).set(scopeCookie, '', expiredCookie)
  const target = typeof path === 'string' ? normalisePath(path) : null
  return new Response(null, {
    status: 303,
    headers: { Location: target ?? '/', 'Cache-Control': 'private, no-store' },
  })
}

export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null)
  return exit(form?.get('path') ?? null)
}

export async function GET(request: NextRequest) {
  return exit(request.nextUrl.searchParams.get('path'))
}

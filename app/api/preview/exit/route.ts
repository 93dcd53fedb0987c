import type { NextRequest } from 'next/server'
import { leavePreview } from '@/lib/preview/leave'
import { returnPath } from '@/lib/preview/scope'
import { bodyLimits } from '@/lib/server/body-limits'
import { readForm } from '@/lib/server/read-body'

/**
 * Leaves preview: turns draft mode off, forgets the scope and returns to the same page as
 * the public sees it. `path` (form field or query) must be a path on this site; anything
 * else returns to the home page, so the route cannot be used to send people elsewhere.
 *
 * The exit button is a form on this site. A cross-site request (another site's image or
 * form pointing here) still carries the SameSite=None draft-mode cookie, so it would end
 * the reviewer's preview behind their back: it is only redirected, and the cookies stay.
 */

function exit(request: NextRequest, path: FormDataEntryValue | null): Promise<Response> | Response {
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    return new Response(null, {
      status: 303,
      headers: { Location: returnPath(path), 'Cache-Control': 'private, no-store' },
    })
  }
  return leavePreview(path, 303)
}

export async function POST(request: NextRequest) {
  const body = await readForm(request, bodyLimits['/api/preview/exit'])
  if (!body.ok) {
    return new Response(`${body.message}\n`, {
      status: body.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  return exit(request, body.form?.get('path') ?? null)
}

export async function GET(request: NextRequest) {
  return exit(request, request.nextUrl.searchParams.get('path'))
}

import type { NextRequest } from 'next/server'
import { leavePreview } from '@/lib/preview/leave'

/**
 * Leaves draft mode and goes back to the page the reviewer was on (`?redirect=/en/...`),
 * or to the home page. Only paths on this site are followed, never another origin.
 */
export function GET(request: NextRequest): Promise<Response> {
  return leavePreview(request.nextUrl.searchParams.get('redirect'), 307)
}

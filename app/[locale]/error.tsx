'use client'

import { FallbackPage } from '@/components/layout/fallback-page.client'
import { contentUnavailableDigest } from '@/lib/content/outage'

/** A render that failed because the content backend is unreachable says so (docs/freshness.md). */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  const kind = error.digest === contentUnavailableDigest ? 'unavailable' : 'error'
  return <FallbackPage kind={kind} onRetry={reset} />
}

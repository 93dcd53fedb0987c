'use client'

import { FallbackPage } from '@/components/layout/fallback-page.client'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <FallbackPage kind="error" onRetry={reset} />
}

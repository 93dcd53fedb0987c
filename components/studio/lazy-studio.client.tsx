'use client'

import { lazy, Suspense } from 'react'

/**
 * The Studio and its configuration load only once this component renders, so a page that
 * does not show the Studio (the setup page at /studio) never downloads its megabytes.
 */
const StudioApp = lazy(() =>
  import('./studio-app.client').then((module) => ({ default: module.StudioApp })),
)

export function LazyStudio() {
  return (
    <Suspense fallback={null}>
      <StudioApp />
    </Suspense>
  )
}

import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Off on purpose: a first visit to a page that was not prerendered waits for the full page
  // (blocking ISR) instead of an app shell, so it works without JavaScript and for crawlers.
  partialPrefetching: false,
  // Content is cached for a day at most: a missed webhook heals on its own (docs/freshness.md).
  cacheLife: {
    content: { stale: 300, revalidate: 3600, expire: 86400 },
  },
  // Separate build folders let benchmarks build several datasets side by side.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  typedRoutes: true,
  images: { unoptimized: true },
  outputFileTracingIncludes: { '/**': ['./sanity/seed/**/*'] },
}

export default nextConfig

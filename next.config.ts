import type { NextConfig } from 'next'
import { sanityProject, siteUrl } from './lib/env'
import { listViewRewrites } from './lib/listing/rewrites'
import { headerRoutes } from './lib/security-headers'

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Off on purpose: a first visit to a page that was not prerendered waits for the full page
  // (blocking ISR) instead of an app shell, so it works without JavaScript and for crawlers.
  partialPrefetching: false,
  // Content is cached for a day at most: a missed webhook heals on its own (docs/freshness.md).
  // A 404 for an address outside the site is kept a minute, not a year (docs/security.md).
  cacheLife: {
    content: { stale: 300, revalidate: 3600, expire: 86400 },
    miss: { stale: 60, revalidate: 60, expire: 300 },
  },
  // Pages go to Next.js's file-system cache, except 404s and filtered or searched lists,
  // which stay in bounded memory so made-up addresses cannot fill the disk (docs/security.md).
  cacheHandler: require.resolve('./lib/server/isr-cache/handler.mjs'),
  // The 'use cache' entries: Next.js's own memory handler, with tag expirations shared
  // between instances through Redis when REDIS_URL is set (docs/deploy.md).
  cacheHandlers: { default: require.resolve('./lib/server/use-cache-handler.mjs') },
  // The lists' first views, the Past tab and their pages are served without the proxy
  // (docs/public-site.md). A file missing under /_next/static (afterFiles rewrites run only
  // when no file matched) gets a 404 no one keeps.
  rewrites: async () => ({
    beforeFiles: listViewRewrites(),
    afterFiles: [{ source: '/_next/static/:path*', destination: '/api/missing-asset' }],
    fallback: [],
  }),
  // Separate build folders let benchmarks build several datasets side by side.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // The proxy reads the address as the server has it (`request.url`), so the rewrites and
  // redirects it returns stay on this server when it listens on 127.0.0.1 (lib/proxy/url.ts).
  skipProxyUrlNormalize: true,
  // Security headers and the Content-Security-Policy on every response (docs/security.md).
  headers: async () =>
    headerRoutes({
      siteUrl,
      sanity: sanityProject && {
        projectId: sanityProject.projectId,
        apiHost: sanityProject.apiHost,
      },
      development: process.env.NODE_ENV === 'development',
    }),
  // Next.js hashes the whole body of every page response for its ETag, a cost that grows with
  // the page (about a fifth of the serving capacity on a 100 KB list). Without it a browser
  // that reloads a page gets it again (a few KB compressed) instead of a 304; CDNs cache by
  // `s-maxage` either way (docs/performance.md). PORTAL_SERVING_TWEAKS=off, read when the
  // server starts, turns them back on for comparing (bench:serve).
  generateEtags: process.env.PORTAL_SERVING_TWEAKS === 'off',
  typedRoutes: true,
  images: { unoptimized: true },
  experimental: {
    // Next.js keeps a copy of the body of every request the proxy runs for (10 MB by default),
    // and the proxy reads none. The routes that read a body are outside it and read their own
    // with a limit (lib/server/body-limits.ts), so a big upload to any other address costs 64 KB.
    proxyClientMaxBodySize: 64 * 1024,
  },
  outputFileTracingIncludes: { '/**': ['./sanity/seed/**/*'] },
}

export default nextConfig

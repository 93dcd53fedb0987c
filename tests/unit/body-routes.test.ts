import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { bodyLimits } from '@/lib/server/body-limits'
import nextConfig from '@/next.config'

/**
 * Every route handler that accepts a body is listed in lib/server/body-limits.ts (which also
 * keeps it outside the proxy) and reads it through lib/server/read-body.ts. A route added
 * later without a limit fails here, not in production under a 200 MB upload.
 */
const root = path.resolve(__dirname, '../..')

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(full)
    return entry.name === 'route.ts' ? [full] : []
  })
}

/** `app/api/preview/exit/route.ts` → `/api/preview/exit` (no dynamic segments in these). */
const urlOf = (file: string) =>
  `/${path.relative(path.join(root, 'app'), path.dirname(file)).split(path.sep).join('/')}`

const routes = routeFiles(path.join(root, 'app')).map((file) => ({
  url: urlOf(file),
  source: readFileSync(file, 'utf8'),
}))

const takesBody = (source: string) =>
  /export (async )?function (POST|PUT|PATCH|DELETE)\b|export const (POST|PUT|PATCH|DELETE)\b/.test(
    source,
  )

describe('routes that read a request body', () => {
  it('finds the route handlers', () => {
    expect(routes.map((route) => route.url)).toEqual(
      expect.arrayContaining(['/api/revalidate', '/api/preview/exit', '/api/draft-mode/disable']),
    )
  })

  it('every route taking a body has a limit, and every limit belongs to such a route', () => {
    const withBody = routes.filter((route) => takesBody(route.source)).map((route) => route.url)
    expect(withBody.sort()).toEqual(Object.keys(bodyLimits).sort())
  })

  it('no route handler reads a body without a limit', () => {
    for (const { url, source } of routes) {
      expect(source, url).not.toMatch(/\.(json|text|formData|arrayBuffer|blob|bytes)\(\)/)
    }
  })

  it('the copy Next.js keeps of a body the proxy sees (any other address) is 64 KB at most', () => {
    // Next.js's default is 10 MB, held per request until the upload ends.
    const limit = nextConfig.experimental?.proxyClientMaxBodySize
    expect(typeof limit === 'number' && limit <= 64 * 1024).toBe(true)
  })
})

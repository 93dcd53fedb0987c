import { createSanityClient } from '@/lib/content/sanity/client'
import { readToken } from '@/lib/content/sanity/token'
import { sanityProject, siteUrl } from '@/lib/env'
import { previewConfig } from '@/lib/preview/config'
import { createStudioLink } from '@/lib/preview/studio-links'
import { bodyLimits } from '@/lib/server/body-limits'
import { readText } from '@/lib/server/read-body'

/** `POST {secret, path, hours}` → `{url, expiresAt}`, or `{error}` with a 4xx/5xx status. */
function studioClient() {
  if (!sanityProject) {
    return {
      missing:
        'No Sanity project is configured (NEXT_PUBLIC_SANITY_PROJECT_ID), so the Studio cannot request links here. Use `npm run preview:link` instead.',
    }
  }
  if (!readToken) {
    return { missing: 'SANITY_API_READ_TOKEN is not set, so Studio secrets cannot be checked.' }
  }
  return createSanityClient(sanityProject).withConfig({ token: readToken })
}

export async function POST(request: Request) {
  const read = await readText(request, bodyLimits['/api/preview/links'])
  if (!read.ok) return json(read.status, { error: read.message })
  // Unparseable JSON is reported by the body check, after the configuration checks.
  const body = parseJson(read.text)
  const result = await createStudioLink(body, {
    client: studioClient(),
    config: previewConfig(),
    baseUrl: siteUrl,
  })
  return json(result.status, result.body)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function json(status: number, body: unknown) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}

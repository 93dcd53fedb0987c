import { z } from 'zod'

/** Where `next dev` and `next start` serve the site by default. */
export const localSiteUrl = 'http://localhost:3000'

/**
 * Environment, validated once. Without a Sanity project id the portal runs on the bundled
 * dataset (the local backend); a malformed value fails fast with a message naming it.
 */
const schema = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: z
    .string()
    .regex(
      /^[a-z0-9-]+$/,
      'NEXT_PUBLIC_SANITY_PROJECT_ID must be a Sanity project id (a-z, 0-9, -)',
    )
    .optional(),
  NEXT_PUBLIC_SANITY_DATASET: z
    .string()
    .regex(/^[a-z0-9_-]+$/, 'NEXT_PUBLIC_SANITY_DATASET must be a dataset name')
    .default('production'),
  NEXT_PUBLIC_SANITY_API_VERSION: z
    .string()
    .regex(/^v?\d{4}-\d{2}-\d{2}$/, 'NEXT_PUBLIC_SANITY_API_VERSION must be a date like 2025-09-01')
    .default('2025-09-01'),
  NEXT_PUBLIC_SANITY_API_HOST: z.url().optional(),
  NEXT_PUBLIC_SITE_URL: z.url().default(localSiteUrl),
})

type EnvSource = Record<string, string | undefined>

/** What `next build` sets `NEXT_PHASE` to (next/constants' PHASE_PRODUCTION_BUILD). */
export const productionBuildPhase = 'phase-production-build'

/**
 * Validates an environment; empty values count as unset. `phase` is Next.js's `NEXT_PHASE`.
 * `NEXT_PUBLIC_SITE_URL` is inlined into the build, so a production build without it would
 * publish canonical links, feeds, the sitemap and robots.txt pointing at localhost: there it
 * is required. `next dev`, `next start` (which reads the built value) and scripts default it.
 */
export function readEnv(source: EnvSource, phase?: string) {
  if (phase === productionBuildPhase && !source.NEXT_PUBLIC_SITE_URL) {
    throw new Error(
      'Invalid environment: NEXT_PUBLIC_SITE_URL must be set for a production build ' +
        '(the public address of the site, e.g. https://events.example.org; ' +
        `\`npm run portal\` builds with ${localSiteUrl})`,
    )
  }
  const parsed = schema.safeParse({
    NEXT_PUBLIC_SANITY_PROJECT_ID: source.NEXT_PUBLIC_SANITY_PROJECT_ID || undefined,
    NEXT_PUBLIC_SANITY_DATASET: source.NEXT_PUBLIC_SANITY_DATASET || undefined,
    NEXT_PUBLIC_SANITY_API_VERSION: source.NEXT_PUBLIC_SANITY_API_VERSION || undefined,
    NEXT_PUBLIC_SANITY_API_HOST: source.NEXT_PUBLIC_SANITY_API_HOST || undefined,
    NEXT_PUBLIC_SITE_URL: source.NEXT_PUBLIC_SITE_URL || undefined,
  })
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => i.message).join('; ')}`)
  }
  return parsed.data
}

// Each variable is read by its literal name so Next.js can inline NEXT_PUBLIC_* values into
// browser bundles (the Studio reads the project from here).
// `NEXT_PHASE` is set by `next build` for the work that evaluates this module (collecting page
// data, prerendering) and by no other command; `next typegen` loads next.config.ts in the
// build phase too, which is why the rule lives here and not in a next.config.ts function.
export const env = readEnv(
  {
    NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
    NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
    NEXT_PUBLIC_SANITY_API_HOST: process.env.NEXT_PUBLIC_SANITY_API_HOST,
    NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
  },
  process.env.NEXT_PHASE,
)

export const sanityProject = env.NEXT_PUBLIC_SANITY_PROJECT_ID
  ? {
      projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID,
      dataset: env.NEXT_PUBLIC_SANITY_DATASET,
      apiVersion: env.NEXT_PUBLIC_SANITY_API_VERSION,
      apiHost: env.NEXT_PUBLIC_SANITY_API_HOST,
    }
  : undefined

export const siteUrl = env.NEXT_PUBLIC_SITE_URL.replace(/\/$/, '')

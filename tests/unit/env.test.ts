import {
  PHASE_DEVELOPMENT_SERVER,
  PHASE_PRODUCTION_BUILD,
  PHASE_PRODUCTION_SERVER,
} from 'next/constants'
import { describe, expect, it } from 'vitest'
import { productionBuildPhase, readEnv } from '@/lib/env'

/**
 * The site's public address is built into every canonical link, feed, sitemap and
 * robots.txt: a production build must be told it, everything else may default it.
 */
describe('the public address of the site', () => {
  it('is the phase Next.js names for `next build`', () => {
    expect(productionBuildPhase).toBe(PHASE_PRODUCTION_BUILD)
  })

  it('must be set for a production build, and the message names the variable', () => {
    expect(() => readEnv({}, PHASE_PRODUCTION_BUILD)).toThrow(
      /NEXT_PUBLIC_SITE_URL must be set for a production build/,
    )
    // An empty value counts as unset, as everywhere else.
    expect(() => readEnv({ NEXT_PUBLIC_SITE_URL: '' }, PHASE_PRODUCTION_BUILD)).toThrow(
      /NEXT_PUBLIC_SITE_URL/,
    )
  })

  it('is taken as given by a production build, localhost included when it is explicit', () => {
    for (const url of ['https://events.example.org', 'http://localhost:3000']) {
      expect(
        readEnv({ NEXT_PUBLIC_SITE_URL: url }, PHASE_PRODUCTION_BUILD).NEXT_PUBLIC_SITE_URL,
      ).toBe(url)
    }
    expect(() => readEnv({ NEXT_PUBLIC_SITE_URL: 'events' }, PHASE_PRODUCTION_BUILD)).toThrow(
      /Invalid environment/,
    )
  })

  it('defaults to localhost:3000 for `next dev`, `next start` and the scripts', () => {
    for (const phase of [PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER, undefined]) {
      expect(readEnv({}, phase).NEXT_PUBLIC_SITE_URL).toBe('http://localhost:3000')
    }
  })
})

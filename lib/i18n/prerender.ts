import { defaultLocale, locales } from './config'

/** The share of a detail route's listed slugs that the other languages prerender. */
const otherLocalesShare = 0.2

/**
 * The `{ locale, slug }` pairs a detail route prerenders at build time. English gets every
 * slug the route lists (the next events and the latest ones); the other five languages the
 * first fifth of them, so that six languages cost the build about twice one, not six times.
 * Every other page renders on its first request and is cached like a prerendered one.
 */
export function prerenderedSlugs(slugs: readonly string[]) {
  const others = slugs.slice(0, Math.ceil(slugs.length * otherLocalesShare))
  return locales.flatMap((locale) =>
    (locale === defaultLocale ? slugs : others).map((slug) => ({ locale, slug })),
  )
}

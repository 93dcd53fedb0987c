import { textDirection } from './languages'

/**
 * Locales the site is served in: each has a message catalogue in ./messages. Adding one is
 * translation work: write its catalogue and list it here.
 */
export const locales = ['en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

/** The Intl locale used for dates and numbers in each site locale. */
export const intlLocales: Record<Locale, string> = { en: 'en-GB' }

export function isLocale(value: string): value is Locale {
  return locales.some((locale) => locale === value)
}

export function localeDirection(locale: Locale): 'ltr' | 'rtl' {
  return textDirection(locale)
}

/** Picks the best supported locale from an Accept-Language header; English by default. */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return defaultLocale
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';')
      const q = rest.find((p) => p.trim().startsWith('q='))
      const quality = q ? Number.parseFloat(q.trim().slice(2)) : 1
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0 }
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality)
  for (const { tag } of ranked) {
    const base = tag.split('-')[0] ?? ''
    if (isLocale(base)) return base
  }
  return defaultLocale
}

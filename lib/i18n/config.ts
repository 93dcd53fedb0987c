import { textDirection } from './languages'

/**
 * Locales the site is served in, in the order of the language bar: the six official UN
 * languages in the UN's order. Each has a message catalogue in ./messages; adding one is
 * translation work: write its catalogue and list it here (the routing follows).
 */
export const locales = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

/** The Intl locale used for dates, numbers, plurals and sorting in each site locale. */
export const intlLocales: Record<Locale, string> = {
  ar: 'ar',
  zh: 'zh-Hans',
  en: 'en-GB',
  fr: 'fr-FR',
  ru: 'ru-RU',
  es: 'es-ES',
}

/** Each language named in its own form, as the language bar shows it. */
export const localeNames: Record<Locale, string> = {
  ar: 'عربي',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
}

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

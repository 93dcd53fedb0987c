/**
 * Languages that content can be written in. Every localisable field carries one value per
 * language; English is required and is the fallback for all others. The six official UN
 * languages are offered so that an institution can translate without a schema change. In the
 * UN's order, each named in its own language.
 */
export const contentLanguages = [
  { id: 'ar', title: 'عربي', dir: 'rtl' },
  { id: 'zh', title: '中文', dir: 'ltr' },
  { id: 'en', title: 'English', dir: 'ltr' },
  { id: 'fr', title: 'Français', dir: 'ltr' },
  { id: 'ru', title: 'Русский', dir: 'ltr' },
  { id: 'es', title: 'Español', dir: 'ltr' },
] as const

export type ContentLanguage = (typeof contentLanguages)[number]['id']

export const contentLanguageIds = contentLanguages.map((language) => language.id)

export const defaultLanguage: ContentLanguage = 'en'

export function textDirection(language: string): 'ltr' | 'rtl' {
  return contentLanguages.find((l) => l.id === language)?.dir ?? 'ltr'
}

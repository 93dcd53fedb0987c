import { describe, expect, it } from 'vitest'
import { localeDirection, localeNames, locales, negotiateLocale } from '@/lib/i18n/config'

describe('the six locales', () => {
  it('are in the UN order, each named in its own language', () => {
    expect(locales.map((locale) => localeNames[locale])).toEqual([
      'عربي',
      '中文',
      'English',
      'Français',
      'Русский',
      'Español',
    ])
  })

  it('write Arabic right to left and the others left to right', () => {
    expect(locales.filter((locale) => localeDirection(locale) === 'rtl')).toEqual(['ar'])
  })
})

describe('negotiateLocale', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hans-CN,zh;q=0.9', 'zh'],
    ['zh-TW', 'zh'],
    ['ar-EG', 'ar'],
    ['AR-sa', 'ar'],
    ['fr-CH, en;q=0.8', 'fr'],
    ['es-419', 'es'],
    ['ru-RU,ru;q=0.9,en-US;q=0.8', 'ru'],
    ['de-DE, ru;q=0.5', 'ru'],
    ['en-US', 'en'],
  ])('maps %s to %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale)
  })

  it('prefers the higher quality, whatever the order', () => {
    expect(negotiateLocale('fr;q=0.4, es;q=0.9')).toBe('es')
  })

  it('falls back to English for languages not offered, nonsense and nothing', () => {
    expect(negotiateLocale('de-CH, pt;q=0.8')).toBe('en')
    expect(negotiateLocale('fr;q=0, xx')).toBe('en')
    expect(negotiateLocale(';;;,,q=abc')).toBe('en')
    expect(negotiateLocale('*')).toBe('en')
    expect(negotiateLocale(null)).toBe('en')
    expect(negotiateLocale('')).toBe('en')
  })
})

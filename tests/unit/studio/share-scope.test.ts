import { describe, expect, it } from 'vitest'
import { locales } from '@/lib/i18n/config'
import { linkScope, siteLanguages } from '@/sanity/plugins/share-preview-link/scope'

/** What the share dialog asks the site to sign: one page, or every page, in a language. */
const event = { type: 'event', slug: 'open-data' }

describe('share-link scopes', () => {
  it('this page, in the language chosen', () => {
    expect(linkScope(event, 'en', 'page')).toBe('/en/events/open-data')
    expect(linkScope(event, 'fr', 'page')).toBe('/fr/events/open-data')
    expect(linkScope({ type: 'person', slug: 'salem-avan' }, 'ar', 'page')).toBe(
      '/ar/people/salem-avan',
    )
  })

  it('every page in the language chosen', () => {
    expect(linkScope(event, 'fr', 'language')).toBe('/fr/*')
    expect(linkScope(event, 'en', 'language')).toBe('/en/*')
  })

  it('nothing for a document without a page', () => {
    expect(linkScope({ type: 'event', slug: '' }, 'fr', 'language')).toBeNull()
    expect(linkScope({ type: 'topic', slug: 'data' }, 'fr', 'page')).toBeNull()
  })

  it('offers the languages the site is served in, by their own names', () => {
    expect(siteLanguages().map((language) => language.id)).toEqual([...locales])
    expect(siteLanguages(['ar', 'en', 'fr'])).toEqual([
      { id: 'ar', title: 'عربي' },
      { id: 'en', title: 'English' },
      { id: 'fr', title: 'Français' },
    ])
  })
})

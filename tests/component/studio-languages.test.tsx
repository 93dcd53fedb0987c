// @vitest-environment jsdom
import { fireEvent, waitFor } from '@testing-library/react'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { field, renderStudio, startStudioLake } from '../fixtures/studio-app'
import type { ContentLake } from '../support/content-lake'

/** Localised fields in the real Studio form: each language's direction, and the filter. */
let lake: ContentLake
beforeAll(async () => {
  lake = await startStudioLake([
    {
      _id: 'person-a',
      _type: 'person',
      name: 'Salem Avan',
      position: { _type: 'localeString', en: 'Director', ar: 'مدير' },
      bio: { _type: 'localeText', en: 'Leads the office.' },
    },
    {
      _id: 'initiative-a',
      _type: 'initiative',
      title: { _type: 'localeString', en: 'Open source' },
      body: {
        _type: 'localeBlockContent',
        ar: [{ _type: 'block', _key: 'b1', children: [{ _type: 'span', _key: 's1', text: 'نص' }] }],
      },
    },
  ])
})
afterAll(() => lake.close())
// The language filter remembers an editor's choice in the browser's local storage.
beforeEach(() => window.localStorage.clear())

const input = async (path: string, selector = 'input') => {
  const element = (await field(path)).querySelector<HTMLElement>(selector)
  if (!element) throw new Error(`no ${selector} in ${path}`)
  return element
}

describe('localised fields in the Studio', () => {
  it('Arabic is typed right to left; every other language left to right, each with its lang', async () => {
    renderStudio(lake, '/studio/structure/person;person-a')
    const arabic = await input('position.ar')
    expect(arabic).toHaveValue('مدير')
    expect(arabic).toHaveAttribute('dir', 'rtl')
    expect(arabic).toHaveAttribute('lang', 'ar')
    for (const language of ['en', 'zh', 'fr', 'ru', 'es']) {
      const other = await input(`position.${language}`)
      expect(other).toHaveAttribute('dir', 'ltr')
      expect(other).toHaveAttribute('lang', language)
    }
    const paragraph = await input('bio.ar', 'textarea')
    expect(paragraph).toHaveAttribute('dir', 'rtl')
    expect(await input('bio.en', 'textarea')).toHaveAttribute('dir', 'ltr')
  }, 60_000)

  it('Arabic rich text is right to left too', async () => {
    renderStudio(lake, '/studio/structure/initiative;initiative-a')
    const editable = await input('body.ar', '[contenteditable]')
    expect(editable.closest('[dir]')).toHaveAttribute('dir', 'rtl')
    expect(editable.closest('[lang]')).toHaveAttribute('lang', 'ar')
    const english = await input('body.en', '[contenteditable]')
    expect(english.closest('[dir]')).toHaveAttribute('dir', 'ltr')
  }, 60_000)

  it('lists English first, then the others in UN order', async () => {
    renderStudio(lake, '/studio/structure/person;person-a')
    const position = await field('position')
    await field('position.es')
    const languages = [...position.querySelectorAll('[data-testid^="field-position."]')].map(
      (element) => element.getAttribute('data-testid')?.replace('field-position.', ''),
    )
    expect(languages).toEqual(['en', 'ar', 'zh', 'fr', 'ru', 'es'])
  }, 60_000)
})

describe('the language filter', () => {
  const shown = () =>
    [...document.querySelectorAll('[data-testid^="field-position."]')].map((element) =>
      element.getAttribute('data-testid')?.replace('field-position.', ''),
    )
  // Plain DOM look-ups: role queries over a whole Studio are slow in jsdom.
  const button = (text: string, within: ParentNode = document) =>
    waitFor(() => {
      const found = [...within.querySelectorAll('button')].find((b) => b.textContent === text)
      if (!found) throw new Error(`no button "${text}"`)
      return found
    })
  const menu = () => document.querySelector('[data-ui="Popover"]') ?? document

  it('shows the languages an editor picks, English always, and remembers the choice', async () => {
    const first = renderStudio(lake, '/studio/structure/person;person-a')
    await field('position.es')
    fireEvent.click(await button('Showing all'))
    fireEvent.click(await button('Hide all', menu()))
    await waitFor(() => expect(shown()).toEqual(['en']))
    // English is listed as always shown: it cannot be switched off.
    expect(await button('Englishen', menu())).toBeDisabled()
    fireEvent.click(await button('Françaisfr', menu()))
    await waitFor(() => expect(shown()).toEqual(['en', 'fr']))
    first.unmount()

    renderStudio(lake, '/studio/structure/person;person-a')
    await field('position.fr')
    expect(shown()).toEqual(['en', 'fr'])
    expect(await button('Showing 2 / 6')).toBeInTheDocument()
  }, 90_000)
})

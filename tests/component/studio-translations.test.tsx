// @vitest-environment jsdom
import { waitFor } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderStudio, startStudioLake } from '../fixtures/studio-app'
import type { ContentLake } from '../support/content-lake'

/** Structure → Translations in the real Studio, answered by the local GROQ engine. */
let lake: ContentLake
beforeAll(async () => {
  lake = await startStudioLake([
    { _id: 'topic-en', _type: 'topic', title: { _type: 'localeString', en: 'Open data' } },
    {
      _id: 'topic-fr',
      _type: 'topic',
      title: { _type: 'localeString', en: 'Open source', fr: 'Logiciel libre' },
    },
  ])
})
afterAll(() => lake.close())

const text = (selector: string) =>
  waitFor(
    () => {
      const found = document.querySelector(selector)?.textContent
      if (!found) throw new Error(`nothing at ${selector} yet`)
      return found
    },
    { timeout: 30_000 },
  )

describe('Translations in the Studio', () => {
  it('lists a document not yet in French, not one that is', async () => {
    renderStudio(lake, '/studio/structure/translations;missing-fr')
    await waitFor(
      () =>
        expect(document.querySelector('[data-testid="document-list-pane"]')).toHaveTextContent(
          'Open data',
        ),
      { timeout: 30_000 },
    )
    expect(await text('[data-testid="document-list-pane"]')).not.toContain('Open source')
  }, 60_000)

  it('says which fields count', async () => {
    renderStudio(lake, '/studio/structure/translations;translated-fields')
    await waitFor(
      () => expect(document.body).toHaveTextContent('Event: Title, Subtitle, Summary, Description'),
      {
        timeout: 30_000,
      },
    )
  }, 60_000)
})

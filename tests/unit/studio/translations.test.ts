// @vitest-environment jsdom
import { evaluate, parse } from 'groq-js'
import type { StructureBuilder } from 'sanity/structure'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentList } from '@/sanity/structure'
import { describeTranslatedFields } from '@/sanity/structure/translated-fields-help.client'
import { missingTranslationFilter, translatedFields } from '@/sanity/structure/translated-fields'
import { openStudio, type TestStudio } from '../../fixtures/studio'
import { items, open, structureBuilder } from '../../fixtures/structure'

/** Structure → Translations: per language, the documents whose main text is not yet in it. */
let studio: TestStudio
let S: StructureBuilder
beforeAll(async () => {
  studio = await openStudio()
  S = structureBuilder(studio)
})
afterAll(() => studio.close())

const translations = () =>
  open(
    items(contentList(S).serialize()).find((item) => item.id === 'translations'),
    'translations',
  )

describe('the Translations list', () => {
  it('has one list per language but English, in the UN order, then which fields count', async () => {
    const list = items(await translations())
    expect(list.map((item) => item.title ?? item.type)).toEqual([
      'عربي',
      '中文',
      'Français',
      'Русский',
      'Español',
      'divider',
      'Which fields count',
    ])
  })

  it.each(['ar', 'zh', 'fr', 'ru', 'es'])(
    'the %s list shows documents of every counted type missing that language',
    async (language) => {
      const item = items(await translations()).find((i) => i.id === `missing-${language}`)
      expect(await open(item, `missing-${language}`)).toMatchObject({
        type: 'documentList',
        options: { filter: missingTranslationFilter(language) },
      })
    },
  )

  it('counts only localised fields that the schema has', () => {
    for (const [type, fields] of Object.entries(translatedFields)) {
      const schemaType = studio.workspace.schema.get(type)
      const members = schemaType && 'fields' in schemaType ? schemaType.fields : []
      for (const name of fields) {
        const field = members.find((f) => f.name === name)
        expect(field?.type.jsonType, `${type}.${name}`).toBe('object')
        expect(field && 'fields' in field.type && field.type.fields.map((f) => f.name)).toContain(
          'fr',
        )
      }
    }
  })

  it('says which fields count, by the names editors see', () => {
    expect(describeTranslatedFields(studio.workspace.schema)).toEqual([
      { type: 'Event', fields: ['Title', 'Subtitle', 'Summary', 'Description'] },
      { type: 'Person', fields: ['Current position', 'Biography'] },
      { type: 'Organisation', fields: ['Name', 'Description'] },
      { type: 'Initiative', fields: ['Title', 'Summary', 'Description'] },
      { type: 'Event series', fields: ['Title', 'Summary'] },
      { type: 'Topic', fields: ['Title', 'Description'] },
    ])
  })
})

describe('missing-translation filters, run with groq-js', () => {
  const en = (text: string) => ({ en: text })
  const enFr = (text: string) => ({ en: text, fr: `${text} (fr)` })
  const documents = [
    { _id: 'event-fr', _type: 'event', title: enFr('Open data'), summary: enFr('About') },
    { _id: 'event-ar', _type: 'event', title: { en: 'Open data', ar: 'البيانات المفتوحة' } },
    { _id: 'event-en', _type: 'event', title: en('Open data') },
    // French title, but the summary is English only.
    { _id: 'event-summary', _type: 'event', title: enFr('Open data'), summary: en('About') },
    { _id: 'event-body', _type: 'event', title: enFr('x'), body: { en: [{ _type: 'block' }] } },
    // No English text at all: nothing to translate yet.
    { _id: 'event-empty', _type: 'event', title: { fr: 'Données' } },
    { _id: 'person-en', _type: 'person', name: 'Salem Avan', position: en('Director') },
    { _id: 'person-fr', _type: 'person', name: 'Salem Avan', position: enFr('Director') },
    { _id: 'org-en', _type: 'organisation', name: en('OICT'), description: enFr('ICT') },
    { _id: 'initiative-fr', _type: 'initiative', title: enFr('Open source'), summary: enFr('x') },
    { _id: 'series-en', _type: 'eventSeries', title: en('Week') },
    { _id: 'topic-en', _type: 'topic', title: enFr('Data'), description: en('All data') },
    // Not a type with a page text to translate.
    { _id: 'settings', _type: 'siteSettings', title: en('Portal') },
  ]

  async function select(language: string) {
    const tree = parse(`*[${missingTranslationFilter(language)}] | order(_id) ._id`)
    return (await evaluate(tree, { dataset: documents })).get()
  }

  it('selects a document missing French in any counted field, and not one that has it', async () => {
    expect(await select('fr')).toEqual([
      'event-ar',
      'event-body',
      'event-en',
      'event-summary',
      'org-en',
      'person-en',
      'series-en',
      'topic-en',
    ])
  })

  it('each language is judged on its own', async () => {
    expect(await select('ar')).toContain('event-fr')
    expect(await select('ar')).not.toContain('event-ar')
    expect(await select('fr')).toContain('event-ar')
  })
})

import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  createSchema,
  isArraySchemaType,
  isObjectSchemaType,
  isReferenceSchemaType,
  type SchemaType,
} from 'sanity'
import { describe, expect, it } from 'vitest'
import { parseDataset, type SanityDocument } from '@/lib/content/local'
import { contentLanguages } from '@/lib/i18n/languages'
import { schemaTypes } from '@/sanity/schemaTypes'
import { readField } from '@/sanity/schemaTypes/rules'

/**
 * The bundled dataset shows the site in every content language: each localised field of
 * each published document is written in all six, except for one gap left on purpose so
 * that the English fallback can be seen (docs/content.md, "Languages in the bundled dataset").
 */
const declaredGaps = ['event-from-open-software-to-open-culture subtitle ru']

const seedDir = path.resolve('sanity/seed')
const seed = parseDataset(seedDir, readFileSync(path.join(seedDir, 'data.ndjson'), 'utf8'))
const published = seed.documents.filter((doc) => !doc._id.startsWith('drafts.'))
const schema = createSchema({ name: 'seed', types: schemaTypes })
const localisedTypes = new Set(['localeString', 'localeText', 'localeBlockContent'])

type Localised = { path: string; kind: string; value: unknown }

function localisedKind(type: SchemaType): string | undefined {
  for (let t: SchemaType | undefined = type; t; t = t.type) {
    if (localisedTypes.has(t.name)) return t.name
  }
  return undefined
}

/** Every localised value in a document, found through the schema rather than by its shape. */
function localisedValues(type: SchemaType, value: unknown, at: string): Localised[] {
  if (value === undefined || value === null) return []
  const kind = localisedKind(type)
  if (kind) return [{ path: at, kind, value }]
  const join = (name: string) => (at ? `${at}.${name}` : name)
  if (isObjectSchemaType(type) && !isReferenceSchemaType(type)) {
    return type.fields.flatMap((f) =>
      localisedValues(f.type, readField(value, f.name), join(f.name)),
    )
  }
  if (!isArraySchemaType(type) || !Array.isArray(value)) return []
  return value.flatMap((item: unknown) => {
    const member = type.of.find((m) => m.name === readField(item, '_type'))
    const key = `[${String(readField(item, '_key'))}]`
    return member ? localisedValues(member, item, `${at}${key}`) : []
  })
}

const localisedIn = (doc: SanityDocument) => {
  const type = schema.get(doc._type)
  return type ? localisedValues(type, doc, '') : []
}

const filled = (text: unknown) =>
  typeof text === 'string' ? text.trim() !== '' : Array.isArray(text) && text.length > 0

function missingLanguages(doc: SanityDocument): string[] {
  return localisedIn(doc).flatMap(({ path: at, value }) =>
    contentLanguages
      .filter((language) => !filled(readField(value, language.id)))
      .map((language) => `${doc._id} ${at} ${language.id}`),
  )
}

const blocksOf = (value: unknown) => (Array.isArray(value) ? value : [])
const keysOf = (blocks: unknown[]) =>
  blocks.flatMap((block) => [
    readField(block, '_key'),
    ...blocksOf(readField(block, 'children')).map((span) => readField(span, '_key')),
  ])

describe('languages in the bundled dataset', () => {
  it('has every localised field in all six languages, but for the declared gap', () => {
    expect(published.flatMap(missingLanguages)).toEqual(declaredGaps)
  })

  it('leaves the event subtitle in English only on the Russian site', () => {
    const event = published.find((doc) => doc._id === 'event-from-open-software-to-open-culture')
    expect(readField(event?.subtitle, 'en')).toMatch(/United Nations mandate/)
    expect(readField(event?.subtitle, 'ru')).toBeUndefined()
  })

  it('writes rich text with the headings and paragraphs of the English, under keys of its own', () => {
    const problems = published.flatMap((doc) =>
      localisedIn(doc)
        .filter(({ kind }) => kind === 'localeBlockContent')
        .flatMap(({ path: at, value }) => {
          const english = blocksOf(readField(value, 'en'))
          const styles = (blocks: unknown[]) => blocks.map((b) => readField(b, 'style')).join(' ')
          return contentLanguages.flatMap(({ id }) => {
            if (id === 'en') return []
            const blocks = blocksOf(readField(value, id))
            const shared = keysOf(blocks).filter((key) => keysOf(english).includes(key))
            return [
              styles(blocks) === styles(english) ? [] : [`${doc._id} ${at}.${id}: other blocks`],
              shared.length === 0 ? [] : [`${doc._id} ${at}.${id}: English keys ${shared.join()}`],
            ].flat()
          })
        }),
    )
    expect(problems).toEqual([])
  })
})

describe('the language check catches a missing translation', () => {
  const event = published.find((doc) => doc._id === 'event-from-open-software-to-open-culture')
  if (!event) throw new Error('the seed event is missing')

  it('names each language a field lacks, and no longer the gap once it is filled', () => {
    const everyLanguage = Object.fromEntries(contentLanguages.map(({ id }) => [id, 'Text']))
    const edited = {
      ...event,
      title: { _type: 'localeString', en: 'From Open Software to Open Culture', fr: ' ' },
      subtitle: { _type: 'localeString', ...everyLanguage },
    }
    expect(missingLanguages(edited)).toEqual(
      contentLanguages
        .filter(({ id }) => id !== 'en')
        .map(({ id }) => `event-from-open-software-to-open-culture title ${id}`),
    )
  })
})

import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Locale } from '../../../lib/i18n/config'

/** A localised field of a published seed document, in one language, read from the dataset. */
export function seedText(id: string, field: string, locale: Locale): string {
  const lines = readFileSync(path.resolve('sanity/seed/data.ndjson'), 'utf8').split('\n')
  for (const line of lines) {
    if (!line.trim()) continue
    const doc: unknown = JSON.parse(line)
    if (typeof doc !== 'object' || doc === null || !('_id' in doc) || doc._id !== id) continue
    const value: unknown = field in doc ? Object.entries(doc).find(([k]) => k === field)?.[1] : null
    if (typeof value === 'object' && value !== null && locale in value) {
      const text: unknown = Object.entries(value).find(([k]) => k === locale)?.[1]
      if (typeof text === 'string') return text
    }
    throw new Error(`${id} has no ${field} in ${locale}`)
  }
  throw new Error(`no published document ${id} in the seed`)
}

/**
 * A word of a title as a visitor would type it: Chinese, written without spaces, by its last
 * four characters; Arabic by its longest word without the article; others by their longest
 * word.
 */
export function searchWord(text: string, locale: Locale): string {
  if (locale === 'zh') return [...text].slice(-4).join('')
  const words = text.split(/[\s,.;:!?«»“”"()]+/u).filter(Boolean)
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '')
  return locale === 'ar' ? longest.replace(/^ال/u, '') : longest
}

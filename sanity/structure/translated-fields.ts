import { contentLanguages, defaultLanguage } from '../../lib/i18n/languages'

/**
 * The text a translation is judged by, per document type: the fields a visitor reads first
 * (title or name, subtitle, summary or description, position, biography, rich-text
 * description). Text inside parts (image descriptions, programme items, venues, roles) is
 * left out, so that a list means "this page still reads in English".
 */
export const translatedFields = {
  event: ['title', 'subtitle', 'summary', 'body'],
  person: ['position', 'bio'],
  organisation: ['name', 'description'],
  initiative: ['title', 'summary', 'body'],
  eventSeries: ['title', 'summary'],
  topic: ['title', 'description'],
} as const satisfies Record<string, readonly string[]>

/** The languages a document can be missing: every one but English, in the UN's order. */
export const translationLanguages = contentLanguages.filter((l) => l.id !== defaultLanguage)

/**
 * Documents with English text in a counted field and nothing in `language` there. Written
 * out per type with the language in the field path (no parameters, no functions beyond
 * `defined`) because the Studio also sends the filter to its real-time listener.
 */
export function missingTranslationFilter(language: string): string {
  return Object.entries(translatedFields)
    .map(([type, fields]) => {
      const missing = fields.map(
        (field) => `(defined(${field}.${defaultLanguage}) && !defined(${field}.${language}))`,
      )
      return `(_type == "${type}" && (${missing.join(' || ')}))`
    })
    .join(' || ')
}

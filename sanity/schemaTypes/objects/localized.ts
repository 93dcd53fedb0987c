import { defineField, defineType } from 'sanity'
import { contentLanguages, defaultLanguage } from '../../../lib/i18n/languages'

/**
 * Field-level translation: one value per content language, English required. Other
 * languages sit in a collapsed fieldset so editors working in English are not slowed down.
 */
function localized(name: string, title: string, type: 'string' | 'text' | 'blockContent') {
  return defineType({
    name,
    title,
    type: 'object',
    fieldsets: [
      {
        name: 'translations',
        title: 'Translations',
        options: { collapsible: true, collapsed: true },
      },
    ],
    fields: contentLanguages.map((language) =>
      defineField({
        name: language.id,
        title: language.title,
        type,
        fieldset: language.id === defaultLanguage ? undefined : 'translations',
        ...(type === 'text' ? { rows: 4 } : {}),
      }),
    ),
  })
}

export const localeString = localized('localeString', 'Localised text', 'string')
export const localeText = localized('localeText', 'Localised paragraph', 'text')
export const localeBlockContent = localized(
  'localeBlockContent',
  'Localised rich text',
  'blockContent',
)

/** Rule helper: the English value of a localised field must be filled in. */
export function requireEnglish(label: string) {
  return (value: unknown) => {
    const en = typeof value === 'object' && value !== null && 'en' in value ? value.en : undefined
    const filled = Array.isArray(en) ? en.length > 0 : typeof en === 'string' && en.trim() !== ''
    return filled ? true : `${label} is required in English.`
  }
}

import { defineField, defineType } from 'sanity'
import { contentLanguages, defaultLanguage } from '../../../lib/i18n/languages'
import { languageInputs } from './language-input.client'

/**
 * The languages in the order a localised field lists them: English first, as the required
 * text every translation is made from (and where its "required" message shows), then the
 * others in the UN's order. The Studio's language filter decides which of them an editor
 * sees, so there is no collapsed "Translations" group to open on every field as well.
 */
export const formLanguages = [
  ...contentLanguages.filter((language) => language.id === defaultLanguage),
  ...contentLanguages.filter((language) => language.id !== defaultLanguage),
]

/** Field-level translation: one value per content language, English required. */
function localized(name: string, title: string, type: 'string' | 'text' | 'blockContent') {
  return defineType({
    name,
    title,
    type: 'object',
    fields: formLanguages.map((language) => {
      const field = {
        name: language.id,
        title: language.title,
        components: { input: languageInputs[language.id] },
      }
      if (type === 'text') return defineField({ ...field, type, rows: 4 })
      return type === 'string' ? defineField({ ...field, type }) : defineField({ ...field, type })
    }),
  })
}

export const localeString = localized('localeString', 'Localised text', 'string')
export const localeText = localized('localeText', 'Localised paragraph', 'text')
export const localeBlockContent = localized(
  'localeBlockContent',
  'Localised rich text',
  'blockContent',
)

/** The object types whose fields are languages: the ones the language filter acts on. */
export const localizedTypeNames: readonly string[] = [
  localeString.name,
  localeText.name,
  localeBlockContent.name,
]

/** Rule helper: the English value of a localised field must be filled in. */
export function requireEnglish(label: string) {
  return (value: unknown) => {
    const en = typeof value === 'object' && value !== null && 'en' in value ? value.en : undefined
    const filled = Array.isArray(en) ? en.length > 0 : typeof en === 'string' && en.trim() !== ''
    return filled ? true : `${label} is required in English.`
  }
}

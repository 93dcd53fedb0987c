import { languageFilter, type FilterFieldFunction } from '@sanity/language-filter'
import type { SchemaType } from 'sanity'
import { contentLanguages, defaultLanguage } from '../../lib/i18n/languages'
import { schemaTypes } from '../schemaTypes'
import { localizedTypeNames } from '../schemaTypes/objects/localized'

/** Whether a field's type is one of the localised objects, however it was extended. */
function isLocalized(schemaType: SchemaType | undefined): boolean {
  for (let type = schemaType; type; type = type.type) {
    if (localizedTypeNames.includes(type.name)) return true
  }
  return false
}

/** In a localised field, only the languages the editor chose; every other field as it is. */
export const showChosenLanguages: FilterFieldFunction = (enclosingType, member, chosen) =>
  !isLocalized(enclosingType) || chosen.includes(member.name)

/**
 * "Filter languages" in every document's header: each editor picks the languages they work
 * in, and the Studio remembers the choice in that browser. English is always shown, being
 * the required language every translation starts from; the menu lists it first, then the
 * others in the UN's order with their native names.
 */
export const editorLanguages = () =>
  languageFilter({
    supportedLanguages: contentLanguages.map(({ id, title }) => ({ id, title })),
    defaultLanguages: [defaultLanguage],
    // Named, not left to the plugin's "every type" default: with that default, version
    // 5.0.23 shows the menu but its form inputs treat the type as excluded and filter nothing.
    documentTypes: schemaTypes.filter((type) => type.type === 'document').map((type) => type.name),
    filterField: showChosenLanguages,
  })

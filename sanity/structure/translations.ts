import { HelpCircleIcon, TranslateIcon } from '@sanity/icons'
import type { ListItemBuilder, StructureBuilder } from 'sanity/structure'
import { TranslatedFieldsHelp } from './translated-fields-help.client'
import { missingTranslationFilter, translationLanguages } from './translated-fields'

/**
 * Translations: for each language but English, the documents still missing it, as a to-do
 * list for translators, with the fields that count one click away.
 */
export function translationsItem(S: StructureBuilder): ListItemBuilder {
  const languageItems = translationLanguages.map((language) =>
    S.listItem()
      .id(`missing-${language.id}`)
      .title(language.title)
      .icon(TranslateIcon)
      .child(
        S.documentList()
          .id(`missing-${language.id}`)
          .title(`Not yet in ${language.title}`)
          .filter(missingTranslationFilter(language.id))
          .apiVersion('2025-02-19')
          .defaultOrdering([{ field: '_updatedAt', direction: 'desc' }])
          // A to-do list across types: new documents are created from their own lists.
          .initialValueTemplates([]),
      ),
  )
  return S.listItem()
    .id('translations')
    .title('Translations')
    .icon(TranslateIcon)
    .child(
      S.list()
        .id('translations')
        .title('Missing translations (main text)')
        .items([
          ...languageItems,
          S.divider(),
          S.listItem()
            .id('translated-fields')
            .title('Which fields count')
            .icon(HelpCircleIcon)
            .child(
              S.component(TranslatedFieldsHelp).id('translated-fields').title('Which fields count'),
            ),
        ]),
    )
}

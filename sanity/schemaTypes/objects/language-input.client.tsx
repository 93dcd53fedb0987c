import type { ReactNode } from 'react'
import type { InputProps } from 'sanity'
import { contentLanguages, type ContentLanguage } from '../../../lib/i18n/languages'

type Language = (typeof contentLanguages)[number]
type LanguageInputComponent = ((props: InputProps) => ReactNode) & { displayName?: string }

/**
 * The input of one language inside a localised field, marked with that language and its
 * direction: Arabic is typed and read right to left, and `lang` lets the browser pick the
 * right spell checker, fonts and line breaking. The wrapper carries both for any input
 * (rich text included); a plain text box also gets them on the element itself, so it keeps
 * its direction whatever surrounds it.
 */
function languageInput(language: Language): LanguageInputComponent {
  function LanguageInput(props: InputProps) {
    const marked =
      props.schemaType.jsonType === 'string' && 'elementProps' in props
        ? {
            ...props,
            elementProps: { ...props.elementProps, dir: language.dir, lang: language.id },
          }
        : props
    return (
      <div dir={language.dir} lang={language.id} data-language-input={language.id}>
        {props.renderDefault(marked as InputProps)}
      </div>
    )
  }
  LanguageInput.displayName = `LanguageInput(${language.id})`
  return LanguageInput
}

/** One component per language, made once, so React keeps the input mounted across renders. */
export const languageInputs = Object.fromEntries(
  contentLanguages.map((language) => [language.id, languageInput(language)]),
) as Record<ContentLanguage, LanguageInputComponent>

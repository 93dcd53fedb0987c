import type { ReactNode } from 'react'
import type { Locale } from '@/lib/i18n/config'
import { textDirection, type ContentLanguage } from '@/lib/i18n/languages'
import { getMessages } from '@/lib/i18n/messages'

/**
 * Content in the language the query says it is in. Text in the page's language (or with no
 * language, such as a person's name) is shown as it is; a fallback is marked with its own
 * `lang` and `dir`, so screen readers pronounce it right and Arabic pages keep English text
 * left to right, and followed by a short note in the page's language.
 */
export function InLanguage({
  lang,
  locale,
  block = false,
  children,
}: {
  lang: ContentLanguage | null | undefined
  locale: Locale
  /** For paragraphs and rich text: a block wrapper, and the note on its own line. */
  block?: boolean
  children: ReactNode
}) {
  if (!lang || lang === locale) return children
  const note = <UntranslatedNote locale={locale} block={block} />
  if (block) {
    return (
      <>
        <div lang={lang} dir={textDirection(lang)}>
          {children}
        </div>
        {note}
      </>
    )
  }
  return (
    <>
      <span lang={lang} dir={textDirection(lang)}>
        {children}
      </span>{' '}
      {note}
    </>
  )
}

function UntranslatedNote({ locale, block }: { locale: Locale; block: boolean }) {
  const text = getMessages(locale).site.untranslated
  return block ? (
    <p className="untranslated">{text}</p>
  ) : (
    <span className="untranslated">({text})</span>
  )
}

import { localeDirection, localeNames, locales, type Locale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import type { PagePath } from '@/lib/seo/page-alternates'

/**
 * The six languages in the UN's order, each named in its own language and script, each
 * linking to the page the visitor is on. Plain links: another language is another root
 * layout (`<html lang dir>`), so the browser loads it whole.
 */
export function LanguageBar({ locale, path }: { locale: Locale; path: PagePath }) {
  return (
    <nav className="language-bar" aria-label={getMessages(locale).site.languages}>
      <ul>
        {locales.map((language) => (
          <li key={language}>
            <a
              href={`/${language}${path}`}
              hrefLang={language}
              lang={language}
              dir={localeDirection(language)}
              aria-current={language === locale ? 'true' : undefined}
            >
              {localeNames[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

import { IntlMessageFormat } from 'intl-messageformat'
import { intlLocales, type Locale } from './config'
import { ar } from './messages/ar'
import { en, type Messages } from './messages/en'
import { es } from './messages/es'
import { fr } from './messages/fr'
import { ru } from './messages/ru'
import { zh } from './messages/zh'

export type { Messages }

const catalogues: Record<Locale, Messages> = { ar, zh, en, fr, ru, es }

export function getMessages(locale: Locale): Messages {
  return catalogues[locale]
}

export type MessageValues = Record<string, string | number>

// Parsing a message is the costly part; a page formats the same few messages many times.
const compiled = new Map<string, IntlMessageFormat>()

/**
 * Formats an ICU message (`{name}`, `{count, plural, one {# event} other {# events}}`) with
 * the locale's plural rules and number formatting.
 */
export function format(locale: Locale, message: string, values: MessageValues = {}): string {
  const key = `${locale}\u0000${message}`
  let formatter = compiled.get(key)
  if (!formatter) {
    formatter = new IntlMessageFormat(message, intlLocales[locale])
    compiled.set(key, formatter)
  }
  const result = formatter.format<string>(values)
  return Array.isArray(result) ? result.join('') : String(result)
}

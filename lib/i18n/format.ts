/**
 * Numbers and sorting in the page's language. Site locales map to their Intl locale
 * (./config); any other tag is passed to Intl as it is.
 */
import { intlLocales, isLocale, type Locale } from './config'
import { getMessages } from './messages'

function intl(locale: string): string {
  return isLocale(locale) ? intlLocales[locale] : locale
}

// Formatters and collators load locale data when built; pages use the same few many times.
const numbers = new Map<string, Intl.NumberFormat>()
const collators = new Map<string, Intl.Collator>()

/** 1234567.5 as "1,234,567.5" (en), "1 234 567,5" (fr), "1.234.567,5" (es). */
export function formatNumber(value: number, locale: string): string {
  let found = numbers.get(locale)
  if (!found) {
    found = new Intl.NumberFormat(intl(locale))
    numbers.set(locale, found)
  }
  return found.format(value)
}

/**
 * A comparison for sorting names in the page's language: by the language's alphabet, with
 * case and accents set aside ("Édouard" sorts with the Es in French, "ё" with "е" in
 * Russian), so `names.sort(compareText(locale))`.
 */
export function compareText(locale: string): (a: string, b: string) => number {
  let found = collators.get(locale)
  if (!found) {
    found = new Intl.Collator(intl(locale), { sensitivity: 'base' })
    collators.set(locale, found)
  }
  return found.compare
}

const lists = new Map<string, Intl.ListFormat>()

/** Names as a sentence would list them: "OICT, OSET and DPGA", "OICT، وOSET وDPGA", "OICT、OSET和DPGA". */
export function formatList(items: readonly string[], locale: Locale): string {
  let found = lists.get(locale)
  if (!found) {
    found = new Intl.ListFormat(intl(locale), { type: 'conjunction' })
    lists.set(locale, found)
  }
  return found.format(items)
}

/** Parts of one description ("Chief, Open Source Programme, OICT") with the language's comma. */
export function joinParts(parts: readonly (string | null | undefined)[], locale: Locale): string {
  return parts.filter(Boolean).join(getMessages(locale).site.separator)
}

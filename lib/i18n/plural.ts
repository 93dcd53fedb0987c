import { intlLocales, type Locale } from './config'
import { format } from './messages'

/** A message with plural forms; `zero` is optional and used for a count of 0. */
export type PluralMessage = { zero?: string; one: string; other: string }

export function plural(
  locale: Locale,
  message: PluralMessage,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const rule = new Intl.PluralRules(intlLocales[locale]).select(count)
  const form =
    count === 0 && message.zero ? message.zero : rule === 'one' ? message.one : message.other
  return format(form, { count: count.toLocaleString(intlLocales[locale]), ...values })
}

import type { Locale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'

/** The visitor-facing name of an organisation kind; undefined for a value not in the list. */
export function kindLabel(locale: Locale, kind: string): string | undefined {
  const kinds: Record<string, string> = getMessages(locale).organisation.kinds
  return kinds[kind]
}

import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'

/** Pages a list of `total` items fills: at least one, so an empty list still has its page. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage))
}

/** ", page 2 of 5" for a list's title; nothing when the list fits on one page. */
export function pageSuffix(locale: Locale, page: number, pages: number): string {
  return pages > 1 ? `, ${format(getMessages(locale).listing.pageOf, { page, pages })}` : ''
}

import type { Locale } from './config'
import { en, type Messages } from './messages/en'

const catalogues: Record<Locale, Messages> = { en }

export function getMessages(locale: Locale): Messages {
  return catalogues[locale]
}

/** Fills `{name}` placeholders in a message. */
export function format(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}

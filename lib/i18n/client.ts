import type { Locale } from './config'
import { getMessages } from './messages'

/** The messages the visitor's-time toggle formats in the browser, with simple arguments only. */
export function localTimeMessages(locale: Locale) {
  const { event } = getMessages(locale)
  return {
    dateTime: event.dateTime,
    localZone: event.localZone,
    sameZone: event.sameZone,
    showLocalTime: event.showLocalTime,
  }
}

export type LocalTimeMessages = ReturnType<typeof localTimeMessages>

import { describe, expect, it } from 'vitest'
import { TYPE, parse } from '@formatjs/icu-messageformat-parser'
import { localTimeMessages } from '@/lib/i18n/client'
import { locales } from '@/lib/i18n/config'
import { format } from '@/lib/i18n/messages'
import { fillArguments } from '@/lib/i18n/simple-format'

/**
 * The visitor's-time toggle formats a few messages in the browser with `fillArguments`, so
 * that the message runtime stays on the server. That is exact only for messages made of
 * text and `{name}` arguments: these tests hold every catalogue to it.
 */
const values = { date: 'D', time: 'T', name: 'N', offset: 'O' }

describe.each(locales)('the messages the browser formats, in %s', (locale) => {
  const messages = Object.entries(localTimeMessages(locale))

  it('hold only text and simple arguments', () => {
    for (const [key, message] of messages) {
      const kinds = parse(message).map((element) => element.type)
      expect(
        kinds.every((kind) => kind === TYPE.literal || kind === TYPE.argument),
        key,
      ).toBe(true)
    }
  })

  it('come out as intl-messageformat formats them', () => {
    for (const [key, message] of messages) {
      expect(fillArguments(message, values), key).toBe(format(locale, message, values))
    }
  })
})

describe('fillArguments', () => {
  it('leaves an argument it has no value for as it is', () => {
    expect(fillArguments('{date} at {where}', { date: 'today' })).toBe('today at {where}')
  })
})

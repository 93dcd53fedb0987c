import { ImageResponse } from 'next/og'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EventSocialImage, socialImageSize } from '@/components/event/social-image'
import { queryLocal } from '@/lib/content/local'
import { cardRuns, socialCard, type CardEvent, type SocialCard } from '@/lib/og/card'
import { cardFonts, fontFaces } from '@/lib/og/fonts'
import type { Locale } from '@/lib/i18n/config'
import { eventDetail, eventQuery } from '@/lib/queries/events'
import { cardEvent } from '../fixtures/social-card-event'

/**
 * The cards drawn by next/og's own Satori, as the image route draws them. Two checks that a
 * script is really drawn:
 * - next/og fetches a font from Google Fonts for any character the given fonts lack (and
 *   draws an empty box when it cannot): fetch is stubbed, and no card may call it.
 * - A missing glyph is drawn as the same box whatever the character, so a title and its words
 *   spelt backwards give the same picture; drawn glyphs give different ones.
 */

const downloads: string[] = []
const realFetch = globalThis.fetch

beforeEach(() => {
  downloads.length = 0
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    // next/og loads its own WebAssembly through a data: address.
    if (url.startsWith('data:')) return realFetch(input, init)
    downloads.push(url)
    throw new Error('no network in tests')
  })
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => {
  vi.restoreAllMocks()
})

/** Each word spelt backwards: the same characters and word lengths, so the same boxes. */
const backwards = (text: string) =>
  text
    .split(' ')
    .map((word) => [...word].reverse().join(''))
    .join(' ')

async function png(card: SocialCard): Promise<Buffer> {
  const { fonts, fontFamily } = cardFonts(cardRuns(card))
  const response = new ImageResponse(<EventSocialImage card={card} fontFamily={fontFamily} />, {
    ...socialImageSize,
    fonts,
  })
  return Buffer.from(await response.arrayBuffer())
}

function card(locale: Locale, event: Partial<CardEvent>) {
  return socialCard(cardEvent(event), locale, fontFaces())
}

function expectPng(image: Buffer) {
  expect(image.subarray(1, 4).toString()).toBe('PNG')
  // IHDR: width and height, big-endian.
  expect(image.readUInt32BE(16)).toBe(socialImageSize.width)
  expect(image.readUInt32BE(20)).toBe(socialImageSize.height)
}

describe('social images', () => {
  it('draws a Chinese title with glyphs from the Noto Sans SC subsets that hold it', async () => {
    const title = '从开放软件到开放文化'
    const zh = card('zh', {
      title,
      subtitle: '开源与联合国的使命',
      lang: { title: 'zh', subtitle: 'zh' },
    })
    const { fonts } = cardFonts(cardRuns(zh))
    const faces = fontFaces()
    for (const char of title) {
      const codePoint = char.codePointAt(0)!
      const holder = faces.find(
        (face) =>
          face.weight === 700 &&
          face.name.startsWith('Noto Sans SC') &&
          face.ranges.some(([start, end]) => codePoint >= start && codePoint <= end),
      )
      expect(holder, char).toBeDefined()
      expect(
        fonts.some((font) => font.name === holder!.name && font.weight === 700),
        char,
      ).toBe(true)
    }

    const image = await png(zh)
    expectPng(image)
    expect(downloads).toEqual([])
    const reordered = await png({ ...zh, title: backwards(title) } as SocialCard)
    expect(reordered.equals(image)).toBe(false)
  })

  it('draws an English title on a Chinese page, with the date in Chinese', async () => {
    const data = await queryLocal(eventQuery, {
      locale: 'zh',
      slug: 'from-open-software-to-open-culture',
    })
    const translated = eventDetail.parse(data)
    expect(translated.lang.title).toBe('zh')
    // The seed has the title in Chinese: the card of a page whose title fell back to English.
    const event = {
      ...translated,
      title: 'From Open Software to Open Culture',
      lang: { ...translated.lang, title: 'en' as const },
    }
    const zh = socialCard(event, 'zh', fontFaces())
    expect(zh).toMatchObject({
      kind: 'text',
      title: event.title,
      when: expect.stringMatching(/年/),
    })
    expectPng(await png(zh))
    expect(downloads).toEqual([])
  })

  it('draws a Russian title in Noto Sans Cyrillic', async () => {
    const title = 'От открытого ПО к открытой культуре'
    const ru = card('ru', { title, subtitle: undefined, lang: { title: 'ru' } })
    expect(cardFonts(cardRuns(ru)).fonts.map((font) => `${font.name} ${font.weight}`)).toContain(
      'Noto Sans cyrillic 700',
    )
    const image = await png(ru)
    expectPng(image)
    expect(downloads).toEqual([])
    const reordered = await png({ ...ru, title: backwards(title) } as SocialCard)
    expect(reordered.equals(image)).toBe(false)
  })

  it('gives an Arabic page a valid card that draws no Arabic', async () => {
    const ar = card('ar', {
      title: 'من البرمجيات المفتوحة إلى الثقافة المفتوحة',
      subtitle: 'المصادر المفتوحة وولاية الأمم المتحدة',
      lang: { title: 'ar', subtitle: 'ar' },
    })
    expect(ar.kind).toBe('wordless')
    const markup = renderToStaticMarkup(<EventSocialImage card={ar} fontFamily="x" />)
    expect(markup).not.toMatch(/\p{Script=Arabic}/u)
    expect(markup).toContain('2021')
    expect(markup).toContain('UNESCO')

    const image = await png(ar)
    expectPng(image)
    expect(downloads).toEqual([])
    // The date is drawn: another day gives another picture.
    const otherDay = await png(
      card('ar', { start: '2021-09-25T13:00:00.000Z', end: '2021-09-25T14:00:00.000Z' }),
    )
    expect(otherDay.equals(image)).toBe(false)
  })

  it('draws a Latin card without fetching anything, emoji in the title included', async () => {
    const en = card('en', { title: 'Open Data Day 🎉 🌍' })
    expect(en).toMatchObject({ kind: 'text', title: 'Open Data Day' })
    expectPng(await png(en))
    expect(downloads).toEqual([])
  })
})

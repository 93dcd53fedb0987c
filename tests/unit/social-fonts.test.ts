import { describe, expect, it } from 'vitest'
import { cardRuns, drawable, socialCard } from '@/lib/og/card'
import {
  cardFonts,
  covers,
  fontFaces,
  parseFontFaces,
  parseUnicodeRange,
  selectFaces,
  type FontFace,
} from '@/lib/og/fonts'
import { cardEvent } from '../fixtures/social-card-event'

const arabic = /\p{Script=Arabic}/u

describe('reading Fontsource stylesheets', () => {
  it('turns a unicode-range into code point ranges, single points and wildcards included', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+4??')).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ])
  })

  it('reads each @font-face as a named subset with its WOFF file (not the WOFF2)', () => {
    const css = `/* noto-sans-sc-[97]-700-normal */
@font-face {
  font-family: 'Noto Sans SC';
  font-weight: 700;
  src: url(./files/noto-sans-sc-97-700-normal.woff2) format('woff2'), url(./files/noto-sans-sc-97-700-normal.woff) format('woff');
  unicode-range: U+4e00,U+4e2d-4e2f;
}
@font-face {
  font-family: 'Noto Sans';
  font-weight: 400;
  src: url(./files/noto-sans-latin-ext-400-normal.woff2) format('woff2'), url(./files/noto-sans-latin-ext-400-normal.woff) format('woff');
  unicode-range: U+0100-02BA;
}`
    expect(parseFontFaces(css, 'Noto')).toEqual([
      {
        name: 'Noto 97',
        weight: 700,
        file: 'files/noto-sans-sc-97-700-normal.woff',
        ranges: [
          [0x4e00, 0x4e00],
          [0x4e2d, 0x4e2f],
        ],
      },
      {
        name: 'Noto latin-ext',
        weight: 400,
        file: 'files/noto-sans-latin-ext-400-normal.woff',
        ranges: [[0x100, 0x2ba]],
      },
    ])
  })
})

describe('choosing the subsets a text needs', () => {
  const face = (name: string, weight: 400 | 700, ...ranges: [number, number][]): FontFace => ({
    name,
    weight,
    file: `${name}.woff`,
    ranges,
  })
  const faces = [
    face('latin', 400, [0x20, 0x7e]),
    face('sc-a', 400, [0x4e00, 0x4eff]),
    face('sc-b', 400, [0x5000, 0x50ff], [0x4e00, 0x4e00]),
    face('sc-a', 700, [0x4e00, 0x4eff]),
  ]

  it('takes one face per subset the characters fall in, in look-up order', () => {
    // 一 (U+4E00) is in both: the first face that covers it wins, and 丁 (U+4E01) needs no
    // other. 倀 (U+5000) is only in sc-b, which then covers 一 as well.
    expect(selectFaces(faces, 'x 一丁', 400).faces.map((f) => f.name)).toEqual(['latin', 'sc-a'])
    expect(selectFaces(faces, '倀一', 400).faces.map((f) => f.name)).toEqual(['sc-b'])
    expect(selectFaces(faces, '倀丁', 400).faces.map((f) => f.name)).toEqual(['sc-a', 'sc-b'])
  })

  it('chooses within the weight asked for and reports what no face covers', () => {
    expect(selectFaces(faces, '丁', 700).faces.map((f) => `${f.name} ${f.weight}`)).toEqual([
      'sc-a 700',
    ])
    expect(selectFaces(faces, '倀 é', 700).missing).toEqual(['倀', ' ', 'é'])
  })

  it('picks the real Noto Sans SC subsets that hold two characters of different subsets', () => {
    const real = fontFaces()
    // 开 and 谢 are in different numbered subsets of Noto Sans SC 5.3.0.
    const { faces: chosen, missing } = selectFaces(real, '开谢', 700)
    expect(missing).toEqual([])
    expect(chosen.map((f) => f.name)).toEqual(['Noto Sans SC 115', 'Noto Sans SC 118'])
    expect(chosen.map((f) => f.file.split('/').pop())).toEqual([
      'noto-sans-sc-115-700-normal.woff',
      'noto-sans-sc-118-700-normal.woff',
    ])
    expect(covers(chosen[1]!, '开'.codePointAt(0)!)).toBe(true)
    expect(covers(chosen[1]!, '谢'.codePointAt(0)!)).toBe(false)
  })

  it('takes Latin and Cyrillic from Noto Sans, never from the Chinese subsets', () => {
    const real = fontFaces()
    expect(selectFaces(real, 'Open Data', 400).faces.map((f) => f.name)).toEqual([
      'Noto Sans latin',
    ])
    expect(selectFaces(real, 'Открытые данные', 700).faces.map((f) => f.name)).toEqual([
      'Noto Sans latin',
      'Noto Sans cyrillic',
    ])
  })

  it('loads a few hundred kilobytes for a Chinese card, not the whole font', () => {
    const { fonts, fontFamily } = cardFonts([
      { text: '从开放软件到开放文化', weight: 700 },
      { text: '2021年9月23日星期四 09:00–10:30 纽约时间', weight: 400 },
    ])
    const bytes = fonts.reduce((sum, font) => sum + font.data.byteLength, 0)
    expect(bytes).toBeGreaterThan(50_000)
    expect(bytes).toBeLessThan(600_000)
    expect(fontFamily.startsWith('"Noto Sans latin"')).toBe(true)
    // Read once: a second card gets the same buffers.
    const again = cardFonts([{ text: '从开放软件到开放文化', weight: 700 }])
    expect(again.fonts[0]?.data).toBe(
      fonts.find((f) => f.name === again.fonts[0]?.name && f.weight === 700)?.data,
    )
  })
})

describe('what a card shows', () => {
  const faces = fontFaces()

  it('leaves out a right-to-left field and one with letters no font has; drops stray symbols', () => {
    expect(drawable(faces, 'مؤتمر', 'ar')).toBeUndefined()
    expect(drawable(faces, 'Conference', 'ar')).toBeUndefined()
    expect(drawable(faces, 'שלום Conference', 'en')).toBeUndefined()
    // 🌍 is in a Noto Sans SC subset, but next/og would still fetch it as a picture.
    expect(drawable(faces, 'Open Data Day 🎉 🌍 🇺🇳', 'en')).toBe('Open Data Day')
    expect(drawable(faces, 'Open Data™ © 2021', 'en')).toBe('Open Data™ © 2021')
    expect(drawable(faces, '开放数据日', 'zh')).toBe('开放数据日')
  })

  it('keeps an English title on a Chinese page beside the Chinese date', () => {
    const card = socialCard(cardEvent(), 'zh', faces)
    expect(card.kind).toBe('text')
    if (card.kind !== 'text') return
    expect(card.title).toBe('From Open Software to Open Culture')
    expect(card.when).toMatch(/2021年9月23日/)
  })

  it('gives an Arabic page a card with no Arabic: the date in digits and Latin acronyms', () => {
    const card = socialCard(
      cardEvent({
        title: 'من البرمجيات المفتوحة إلى الثقافة المفتوحة',
        lang: { title: 'ar' },
        start: '2021-09-23T13:00:00.000Z',
        end: '2021-09-24T20:00:00.000Z',
        organisers: [
          { _id: 'o1', slug: 'unesco', name: 'اليونسكو', acronym: 'UNESCO', lang: {} },
          { _id: 'o2', slug: 'x', name: 'مكتب', acronym: 'مكتب', lang: { acronym: 'ar' } },
        ],
      }),
      'ar',
      faces,
    )
    expect(card).toEqual({
      kind: 'wordless',
      brand: 'Event Portal',
      dates: [
        { day: '23', month: '9', year: '2021' },
        { day: '24', month: '9', year: '2021' },
      ],
      struck: false,
      organisers: ['UNESCO'],
    })
    expect(cardRuns(card).some((run) => arabic.test(run.text))).toBe(false)
  })

  it('strikes the date of a cancelled event on the Arabic card, since it cannot say so', () => {
    const card = socialCard(cardEvent({ status: 'cancelled' }), 'ar', faces)
    expect(card).toMatchObject({ kind: 'wordless', struck: true })
  })
})

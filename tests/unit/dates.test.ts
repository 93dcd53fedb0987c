import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatDate, formatRange, formatShortDate, formatZone } from '@/lib/dates'
import { locales, type Locale } from '@/lib/i18n/config'
import { compareText, formatNumber } from '@/lib/i18n/format'

// The seed event: 09:00–10:30 in New York on Thursday 23 September 2021.
const seed = {
  start: '2021-09-23T13:00:00.000Z',
  end: '2021-09-23T14:30:00.000Z',
  timeZone: 'America/New_York',
}
// From 09:00 on the Thursday to 16:00 on the Friday.
const twoDays = { ...seed, end: '2021-09-24T20:00:00.000Z' }

/*
 * What the runtime's ICU (CLDR) writes, checked against each language's usage. Characters
 * that look like others are escaped: \u2013 en dash, \u2212 minus sign, \u2009 thin space,
 * \u202f narrow no-break space.
 */
const expected: Record<
  Locale,
  {
    date: string
    time: string
    startTime: string
    endTime: string
    zone: { name: string; offset: string }
    twoDays: { date: string; time: string }
    shortDate: string
    zurich: string
  }
> = {
  ar: {
    date: 'الخميس، 23 سبتمبر 2021',
    time: '9:00\u201310:30 ص',
    startTime: '9:00 ص',
    endTime: '10:30 ص',
    zone: { name: 'التوقيت الشرقي لأمريكا الشمالية', offset: 'غرينتش-4' },
    twoDays: { date: 'الخميس، 23 \u2013 الجمعة، 24 سبتمبر، 2021', time: '9:00 ص \u2013 4:00 م' },
    shortDate: '23 سبتمبر 2021',
    zurich: 'توقيت وسط أوروبا',
  },
  zh: {
    date: '2021年9月23日星期四',
    time: '09:00\u201310:30',
    startTime: '09:00',
    endTime: '10:30',
    zone: { name: '北美东部时间', offset: 'UTC\u22124' },
    // Whole dates joined by the range's 至: ICU's own zh range is all numbers (2021/9/23).
    twoDays: { date: '2021年9月23日星期四至2021年9月24日星期五', time: '09:00 \u2013 16:00' },
    shortDate: '2021年9月23日',
    zurich: '中欧时间',
  },
  en: {
    date: 'Thursday, 23 September 2021',
    time: '09:00\u201310:30',
    startTime: '09:00',
    endTime: '10:30',
    zone: { name: 'Eastern Time', offset: 'UTC\u22124' },
    twoDays: {
      date: 'Thursday 23\u2009September \u2013\u2009Friday 24 September 2021',
      time: '09:00\u2009\u2013\u200916:00',
    },
    shortDate: '23 Sept 2021',
    zurich: 'Central European Time',
  },
  fr: {
    date: 'jeudi 23 septembre 2021',
    time: '09:00\u2009\u2013\u200910:30',
    startTime: '09:00',
    endTime: '10:30',
    zone: { name: 'heure de l’Est nord-américain', offset: 'UTC\u22124' },
    twoDays: {
      date: 'jeudi 23\u2009\u2013\u2009vendredi 24 septembre 2021',
      time: '09:00\u2009\u2013\u200916:00',
    },
    shortDate: '23 sept. 2021',
    zurich: 'heure d’Europe centrale',
  },
  ru: {
    date: 'четверг, 23 сентября 2021 г.',
    time: '09:00\u201310:30',
    startTime: '09:00',
    endTime: '10:30',
    zone: { name: 'Восточная Америка', offset: 'UTC\u22124' },
    twoDays: { date: 'чт, 23 \u2013 пт, 24 сентября 2021\u202fг.', time: '09:00 \u2013 16:00' },
    shortDate: '23 сент. 2021 г.',
    zurich: 'Центральная Европа',
  },
  es: {
    date: 'jueves, 23 de septiembre de 2021',
    time: '9:00\u201310:30',
    startTime: '9:00',
    endTime: '10:30',
    zone: { name: 'hora oriental', offset: 'UTC\u22124' },
    twoDays: {
      date: 'jueves, 23 de septiembre\u2009\u2013\u2009viernes, 24 de septiembre de 2021',
      time: '9:00\u2009\u2013\u200916:00',
    },
    shortDate: '23 sept 2021',
    zurich: 'hora de Europa central',
  },
}

describe.each(locales)('formatRange in %s', (locale) => {
  const want = expected[locale]

  it('writes the seed event as one date, a time range and the zone', () => {
    expect(formatRange(seed, locale)).toEqual({
      date: want.date,
      time: want.time,
      zone: want.zone,
      startDate: want.date,
      startTime: want.startTime,
      endTime: want.endTime,
    })
  })

  it('writes an event over two days as a range of dates', () => {
    const when = formatRange(twoDays, locale)
    expect({ date: when.date, time: when.time }).toEqual(want.twoDays)
    expect(when.startDate).toBe(want.date)
  })

  it('formats single dates the same way', () => {
    expect(formatDate(seed.start, locale, seed.timeZone)).toBe(want.date)
    expect(formatShortDate(seed.start, locale, seed.timeZone)).toBe(want.shortDate)
  })

  it('names Europe/Zurich by its zone, never by the city', () => {
    const zone = formatZone('2021-09-23T08:00:00Z', locale, 'Europe/Zurich')
    expect(zone).toEqual({ name: want.zurich, offset: expect.stringMatching(/\+2$/) })
    expect(formatZone('2021-12-01T08:00:00Z', locale, 'Europe/Zurich').name).toBe(want.zurich)
    for (const city of ['Zurich', 'Zürich', 'Zúrich', 'Цюрих', '苏黎世', 'زيورخ']) {
      expect(zone.name).not.toContain(city)
    }
  })

  it('writes offsets as UTC, never as GMT', () => {
    for (const timeZone of ['Europe/London', 'UTC', 'Asia/Kolkata', 'Etc/GMT+3']) {
      for (const iso of ['2021-07-01T12:00:00Z', '2021-12-01T12:00:00Z']) {
        const { name, offset } = formatZone(iso, locale, timeZone)
        expect(offset).not.toMatch(/GMT/)
        expect(name).not.toMatch(/GMT/)
      }
    }
  })
})

describe('times', () => {
  const afternoon = { ...seed, start: '2021-09-23T18:00:00Z', end: '2021-09-23T19:15:00Z' }

  it('uses the 24-hour clock where the language does, and Arabic its own', () => {
    expect(formatRange(afternoon, 'en').time).toBe('14:00\u201315:15')
    expect(formatRange(afternoon, 'fr').time).toBe('14:00\u2009\u2013\u200915:15')
    expect(formatRange(afternoon, 'ru').time).toBe('14:00\u201315:15')
    expect(formatRange(afternoon, 'es').time).toBe('14:00\u201315:15')
    expect(formatRange(afternoon, 'zh').time).toBe('14:00\u201315:15')
    expect(formatRange(afternoon, 'ar').time).toBe('2:00\u20133:15 م')
    expect(formatRange({ ...seed, end: afternoon.start }, 'ar').time).toBe(
      '9:00 ص\u2009\u2013\u20092:00 م',
    )
  })

  it('writes a time without an end as the start alone', () => {
    const when = formatRange({ ...seed, end: seed.start }, 'en')
    expect(when).toMatchObject({ time: '09:00', startTime: '09:00', endTime: '09:00' })
  })

  it('follows the zone: the same instant is another date and time in Tokyo', () => {
    const when = formatRange({ ...seed, timeZone: 'Asia/Tokyo' }, 'en')
    expect(when).toMatchObject({
      date: 'Thursday, 23 September 2021',
      time: '22:00\u201323:30',
      zone: { name: 'Japan Standard Time', offset: 'UTC+9' },
    })
    const late = formatRange({ ...seed, end: '2021-09-23T15:30:00Z', timeZone: 'Asia/Tokyo' }, 'en')
    expect(late.date).toBe('Thursday 23\u2009September \u2013\u2009Friday 24 September 2021')
    expect(late.time).toBe('22:00\u2009\u2013\u200900:30')
  })

  it('writes ranges across months and years with both ends whole where they differ', () => {
    const october = { ...seed, end: '2021-10-02T20:00:00Z' }
    const january = { ...seed, end: '2022-01-02T20:00:00Z' }
    expect(formatRange(october, 'fr').date).toBe(
      'jeudi 23 septembre\u2009\u2013\u2009samedi 2 octobre 2021',
    )
    expect(formatRange(january, 'fr').date).toBe(
      'jeudi 23 septembre 2021\u2009\u2013\u2009dimanche 2 janvier 2022',
    )
    expect(formatRange(october, 'zh').date).toBe('2021年9月23日星期四至2021年10月2日星期六')
    expect(formatRange(january, 'zh').date).toBe('2021年9月23日星期四 \u2013 2022年1月2日星期日')
  })
})

describe('formatZone', () => {
  it('keeps the generic name across daylight saving; the offset tells them apart', () => {
    expect(formatZone('2021-12-01T14:00:00Z', 'en', 'America/New_York')).toEqual({
      name: 'Eastern Time',
      offset: 'UTC\u22125',
    })
  })

  it('takes the specific name where there is no generic one, and the offset where neither', () => {
    expect(formatZone(seed.start, 'en', 'UTC')).toEqual({
      name: 'Coordinated Universal Time',
      offset: 'UTC+0',
    })
    expect(formatZone(seed.start, 'fr', 'UTC').name).toBe('temps universel coordonné')
    expect(formatZone(seed.start, 'en', 'Etc/GMT+3')).toEqual({
      name: 'UTC\u22123',
      offset: 'UTC\u22123',
    })
  })

  it('writes half- and quarter-hour offsets', () => {
    expect(formatZone(seed.start, 'en', 'Asia/Kolkata').offset).toBe('UTC+5:30')
    expect(formatZone(seed.start, 'ru', 'Asia/Kathmandu').offset).toBe('UTC+5:45')
  })
})

describe('formatter cache', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('builds no new Intl formatters for a locale, zone and style it has seen', () => {
    const range = { ...seed, timeZone: 'Pacific/Auckland' }
    formatRange(range, 'es')
    const built = vi.spyOn(Intl, 'DateTimeFormat')
    formatRange(range, 'es')
    formatRange({ ...range, start: '2022-03-01T00:00:00Z', end: '2022-03-02T00:00:00Z' }, 'es')
    formatDate(range.start, 'es', range.timeZone)
    expect(built).not.toHaveBeenCalled()
  })
})

describe('compareText', () => {
  it('sorts French with accented letters among the plain ones', () => {
    const names = ['Zoé', 'élise', 'Eloïse', 'emile', 'Édouard', 'Agathe']
    expect(names.sort(compareText('fr'))).toEqual([
      'Agathe',
      'Édouard',
      'élise',
      'Eloïse',
      'emile',
      'Zoé',
    ])
    expect(compareText('fr')('é', 'E')).toBe(0)
  })

  it('sorts Russian in Cyrillic order, ё with е', () => {
    const names = ['Яна', 'Борис', 'ёжик', 'Елена', 'алина', 'Эрик', 'Жанна']
    expect(names.sort(compareText('ru'))).toEqual([
      'алина',
      'Борис',
      'ёжик',
      'Елена',
      'Жанна',
      'Эрик',
      'Яна',
    ])
    expect(compareText('ru')('ё', 'Е')).toBe(0)
  })
})

describe('formatNumber', () => {
  it('groups and marks decimals as each language does', () => {
    const value = 1234567.5
    expect(formatNumber(value, 'en')).toBe('1,234,567.5')
    expect(formatNumber(value, 'fr')).toBe('1\u202f234\u202f567,5')
    expect(formatNumber(value, 'ru')).toBe('1\u00a0234\u00a0567,5')
    expect(formatNumber(value, 'es')).toBe('1.234.567,5')
    expect(formatNumber(value, 'zh')).toBe('1,234,567.5')
    expect(formatNumber(value, 'ar')).toBe('1,234,567.5')
  })
})

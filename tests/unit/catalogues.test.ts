import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { intlLocales, locales, type Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import type { Catalogue } from '@/lib/i18n/messages/catalogue'
import { en } from '@/lib/i18n/messages/en'

type Translation = Exclude<Locale, 'en'>
const translations = locales.filter((locale): locale is Translation => locale !== 'en')

/** Every message of a catalogue by its dotted key ("eventList.count"), in file order. */
function flatten(messages: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix + key
    if (typeof value === 'string') out.set(path, value)
    else if (value && typeof value === 'object')
      for (const [k, v] of flatten(value, `${path}.`)) out.set(k, v)
    else out.set(path, `<not a message: ${typeof value}>`)
  }
  return out
}

const english = flatten(en)
const catalogue = (locale: Locale) => flatten(getMessages(locale))

/** Each argument of a message as "name:kind", where the kind is how the message uses it. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        out.add(`${element.value}:argument`)
        break
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        out.add(`${element.value}:${TYPE[element.type]}`)
        break
      case TYPE.plural:
        out.add(`${element.value}:${element.pluralType === 'ordinal' ? 'selectordinal' : 'plural'}`)
        for (const option of Object.values(element.options)) argumentsOf(option.value, out)
        break
      case TYPE.select:
        out.add(`${element.value}:select`)
        for (const option of Object.values(element.options)) argumentsOf(option.value, out)
        break
      case TYPE.tag:
        out.add(`<${element.value}>:tag`)
        argumentsOf(element.children, out)
        break
    }
  }
  return out
}

/** Every plural (and selectordinal) element of a message, nested ones included. */
function pluralsOf(
  elements: MessageFormatElement[],
): Extract<MessageFormatElement, { type: TYPE.plural }>[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.plural)
      return [element, ...Object.values(element.options).flatMap((o) => pluralsOf(o.value))]
    if (element.type === TYPE.select)
      return Object.values(element.options).flatMap((o) => pluralsOf(o.value))
    if (element.type === TYPE.tag) return pluralsOf(element.children)
    return []
  })
}

/**
 * A message's text without its ICU syntax: each argument as U+FFFC, # as a digit, the arms
 * of a plural or select one per line. Typography rules look at this.
 */
function textOf(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      switch (element.type) {
        case TYPE.literal:
          return element.value
        case TYPE.pound:
          return '2'
        case TYPE.plural:
        case TYPE.select:
          return Object.values(element.options)
            .map((option) => textOf(option.value))
            .join('\n')
        case TYPE.tag:
          return textOf(element.children)
        default:
          return '\uFFFC'
      }
    })
    .join('')
}

/** Sample values for a message's arguments: a marked string for each, a number for plurals. */
function sampleValues(message: string, count: number): Record<string, string | number> {
  const values: Record<string, string | number> = {}
  for (const arg of argumentsOf(parse(message))) {
    const [name = '', kind] = arg.split(':')
    values[name] = kind === 'plural' || kind === 'number' ? count : `‹${name}›`
  }
  return values
}

describe('the message catalogues', () => {
  it.each(translations)('%s has exactly the keys of en.ts', (locale) => {
    expect([...catalogue(locale).keys()].sort()).toEqual([...english.keys()].sort())
  })

  it.each(locales)('every %s message parses as ICU MessageFormat', (locale) => {
    const failures: string[] = []
    for (const [key, message] of catalogue(locale)) {
      try {
        parse(message, { requiresOtherClause: true })
      } catch (error) {
        failures.push(`${key}: ${(error as Error).message}`)
      }
    }
    expect(failures).toEqual([])
  })

  it.each(translations)('every %s message uses the arguments of the English one', (locale) => {
    const differences: string[] = []
    for (const [key, message] of catalogue(locale)) {
      const source = english.get(key)
      if (source === undefined) continue
      const want = [...argumentsOf(parse(source))].sort().join(', ')
      const got = [...argumentsOf(parse(message))].sort().join(', ')
      if (got !== want) differences.push(`${key}: {${got}}, English has {${want}}`)
    }
    expect(differences).toEqual([])
  })

  it.each(locales)(
    'every %s plural has an arm for each plural category, and no others',
    (locale) => {
      const problems: string[] = []
      for (const [key, message] of catalogue(locale)) {
        for (const plural of pluralsOf(parse(message))) {
          const type = plural.pluralType ?? 'cardinal'
          const need = new Intl.PluralRules(intlLocales[locale], { type }).resolvedOptions()
            .pluralCategories
          const arms = Object.keys(plural.options).filter((arm) => !arm.startsWith('='))
          const missing = need.filter((category) => !arms.includes(category))
          const extra = arms.filter((arm) => !(need as string[]).includes(arm))
          if (missing.length) problems.push(`${key}: no ${missing.join(', ')}`)
          if (extra.length) problems.push(`${key}: ${extra.join(', ')} never chosen in ${locale}`)
        }
      }
      expect(problems).toEqual([])
    },
  )

  it.each(locales)('every %s message formats, and shows every value it is given', (locale) => {
    const problems: string[] = []
    for (const [key, message] of catalogue(locale)) {
      for (const count of [0, 1, 2, 3, 5, 11, 21, 100, 1_000_000, 1.5]) {
        // The values the code passes: those the English message takes.
        const values = sampleValues(english.get(key) ?? message, count)
        try {
          const text = format(locale, message, values)
          for (const value of Object.values(values))
            if (typeof value === 'string' && !text.includes(value))
              problems.push(`${key} (${count}): “${text}” leaves out ${value}`)
        } catch (error) {
          problems.push(`${key} (${count}): ${(error as Error).message}`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})

/**
 * Messages that may read exactly as in English: product and format names, the site's name,
 * and patterns made only of placeholders. Every entry must still match English, so the list
 * cannot go stale. Chinese puts the patterns in full-width brackets, so they differ there.
 */
const sharedEverywhere = [
  'home.fallbackTitle',
  'feeds.series',
  'calendar.google',
  'calendar.outlook',
  'calendar.office365',
]
const placeholderPatterns = ['eventList.yearCount', 'search.typeCount', 'event.zone']
/** Latin-script languages join date and time, and the parts of a description, as English does. */
const latinJoins = ['event.dateTime', 'site.separator']
const sameAsEnglish: Record<Translation, string[]> = {
  ar: [...sharedEverywhere, ...placeholderPatterns],
  zh: sharedEverywhere,
  fr: [
    ...sharedEverywhere,
    ...placeholderPatterns,
    ...latinJoins,
    'site.organisations',
    'site.initiatives',
    'listing.page',
    'eventList.attendance',
    'search.typeNames.organisation',
    'search.typeNames.initiative',
    'search.typeLabels.organisation',
    'search.typeLabels.initiative',
    'directory.organisationsTitle',
    'directory.initiativesTitle',
    'event.initiatives',
    'event.programme',
    'studioSetup.variable',
  ],
  ru: [...sharedEverywhere, ...placeholderPatterns, ...latinJoins],
  es: [...sharedEverywhere, ...placeholderPatterns, ...latinJoins, 'studioSetup.variable'],
}

describe('translations', () => {
  it.each(translations)('no %s message is left in English unless it is meant to be', (locale) => {
    const allowed = new Set(sameAsEnglish[locale])
    const untranslated = [...catalogue(locale)]
      .filter(([key, message]) => message === english.get(key) && !allowed.has(key))
      .map(([key]) => key)
    expect(untranslated).toEqual([])
    const stale = [...allowed].filter((key) => catalogue(locale).get(key) !== english.get(key))
    expect(stale).toEqual([])
  })

  // The note beside content shown in English names the page's own language.
  const ownLanguage: Record<Translation, string> = {
    ar: 'العربية',
    zh: '中文',
    fr: 'français',
    ru: 'русском',
    es: 'español',
  }
  it.each(translations)('%s says that content is not in its language', (locale) => {
    expect(getMessages(locale).site.untranslated).toContain(ownLanguage[locale])
  })

  it.each(locales)(
    '%s writes the preview expiry as {date} once (the banner splits on it)',
    (locale) => {
      expect(getMessages(locale).preview.until.split('{date}')).toHaveLength(2)
    },
  )
})

/** What the typography of each language forbids, with a reason for each rule. */
const typography: Record<Locale, [RegExp, string][]> = {
  en: [],
  fr: [
    [/[ \u00A0][;:!?»]|«[ \u00A0]/, 'a space other than U+202F next to ; : ! ? « »'],
    [
      /[^\u202F][;!?]|[^\u202F]:(?=\s|$)|[^\u202F]»|«[^\u202F]/,
      'no U+202F before ; : ! ? » or after «',
    ],
    [/["“”]/, 'quotation marks other than « »'],
  ],
  es: [[/"/, 'straight quotation marks']],
  ru: [[/["“”„]/, 'quotation marks other than « »']],
  zh: [
    [/[,;!?()]|:(?=\s|$)|"/, 'ASCII punctuation instead of full-width ，；！？（）： “”'],
    [/[\u4E00-\u9FFF] [\u4E00-\u9FFF]/, 'a space between Chinese characters'],
  ],
  ar: [[/[,;?"]/, 'ASCII , ; ? " instead of Arabic ، ؛ ؟ and « »']],
}

describe('typography', () => {
  it.each(locales)('%s has no ASCII apostrophe, which ICU would read as a quote', (locale) => {
    const keys = [...catalogue(locale)].filter(([, m]) => m.includes("'")).map(([key]) => key)
    expect(keys).toEqual([])
  })

  it.each(translations)('%s uses its own punctuation', (locale) => {
    const problems: string[] = []
    for (const [key, message] of catalogue(locale)) {
      const text = textOf(parse(message))
      for (const [pattern, what] of typography[locale])
        if (pattern.test(text)) problems.push(`${key}: ${what}`)
    }
    expect(problems).toEqual([])
  })
})

describe('plural forms', () => {
  const counts = [0, 1, 2, 3, 5, 11, 21, 100]
  const forms = (locale: Locale, message: string, values: Record<string, string> = {}) =>
    counts.map((count) => format(locale, message, { ...values, count }))

  it('Russian: one, few and many', () => {
    const ru = getMessages('ru')
    expect(forms('ru', ru.eventList.count)).toEqual([
      'Нет мероприятий',
      '1 мероприятие',
      '2 мероприятия',
      '3 мероприятия',
      '5 мероприятий',
      '11 мероприятий',
      '21 мероприятие',
      '100 мероприятий',
    ])
    expect(format('ru', ru.eventList.count, { count: 1.5 })).toBe('1,5 мероприятия')
    expect(forms('ru', ru.directory.peopleCount)).toEqual([
      'Нет участников',
      '1 участник',
      '2 участника',
      '3 участника',
      '5 участников',
      '11 участников',
      '21 участник',
      '100 участников',
    ])
    expect(forms('ru', ru.search.count, { q: 'климат' })).toEqual([
      'По запросу «климат» ничего не найдено',
      'По запросу «климат» найден 1 результат',
      'По запросу «климат» найдено 2 результата',
      'По запросу «климат» найдено 3 результата',
      'По запросу «климат» найдено 5 результатов',
      'По запросу «климат» найдено 11 результатов',
      'По запросу «климат» найден 21 результат',
      'По запросу «климат» найдено 100 результатов',
    ])
    // A heading names one person in the singular, and 21 people in the plural.
    expect(forms('ru', ru.roles.moderator)).toEqual([
      'Модераторы',
      'Модератор',
      'Модераторы',
      'Модераторы',
      'Модераторы',
      'Модераторы',
      'Модераторы',
      'Модераторы',
    ])
    expect(format('ru', ru.person.allUpcoming, { count: 1, name: 'Amina J. Mohammed' })).toBe(
      'Предстоящее мероприятие с участием Amina J. Mohammed',
    )
    expect(format('ru', ru.person.allUpcoming, { count: 21, name: 'Amina J. Mohammed' })).toBe(
      'Все 21 предстоящее мероприятие с участием Amina J. Mohammed',
    )
  })

  it('Arabic: zero, one, two, few, many and other, in the digits Intl gives', () => {
    const ar = getMessages('ar')
    // Node 20 (ICU 78, CLDR 48) formats Arabic numbers in Latin digits.
    expect(new Intl.NumberFormat('ar').format(21)).toBe('21')
    expect(forms('ar', ar.eventList.count)).toEqual([
      'لا توجد فعاليات',
      'فعالية واحدة',
      'فعاليتان',
      '3 فعاليات',
      '5 فعاليات',
      '11 فعالية',
      '21 فعالية',
      '100 فعالية',
    ])
    expect(forms('ar', ar.listing.results)).toEqual([
      'لا توجد نتائج',
      'نتيجة واحدة',
      'نتيجتان',
      '3 نتائج',
      '5 نتائج',
      '11 نتيجة',
      '21 نتيجة',
      '100 نتيجة',
    ])
    expect(forms('ar', ar.directory.organisationsCount)).toEqual([
      'لا توجد منظمات',
      'منظمة واحدة',
      'منظمتان',
      '3 منظمات',
      '5 منظمات',
      '11 منظمة',
      '21 منظمة',
      '100 منظمة',
    ])
    // A heading is singular for one person, dual for two, plural for more.
    expect(forms('ar', ar.roles.speaker).slice(0, 4)).toEqual([
      'المتحدثون',
      'المتحدث',
      'المتحدثان',
      'المتحدثون',
    ])
  })

  it('French and Spanish: the “many” arm of a million', () => {
    expect(format('fr', getMessages('fr').eventList.count, { count: 1_000_000 })).toBe(
      '1\u202F000\u202F000 de manifestations',
    )
    expect(format('fr', getMessages('fr').eventList.count, { count: 2 })).toBe('2 manifestations')
    expect(format('es', getMessages('es').eventList.count, { count: 1_000_000 })).toBe(
      '1.000.000 de eventos',
    )
  })

  it('Chinese: one form, with a measure word', () => {
    const zh = getMessages('zh')
    expect(forms('zh', zh.eventList.count).slice(0, 3)).toEqual(['没有活动', '1场活动', '2场活动'])
  })
})

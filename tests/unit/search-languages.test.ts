import { parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { engine, parseDataset, queryLocal } from '@/lib/content/local'
import { eventListParams } from '@/lib/queries/event-params'
import { eventListDescQuery } from '@/lib/queries/event-list'
import { searchParams } from '@/lib/queries/search-params'
import { exactPattern, searchPattern, segmentedPattern } from '@/lib/queries/search-pattern'
import { searchQuery } from '@/lib/queries/search'

/**
 * Search finds an event by a word of its title or summary in each of the six languages,
 * through the real queries on the local backend, in the visitor's locale: Chinese written
 * without spaces, Arabic with or without the article and vowel marks, Cyrillic in either
 * case, French and Spanish accents as typed. An unrelated word finds nothing.
 */
const now = new Date('2026-06-01T12:00:00Z')

type Localised = Partial<Record<'en' | 'zh' | 'ar' | 'ru' | 'fr' | 'es', string>>

function event(id: string, title: Localised, summary: Localised = {}) {
  return {
    _id: id,
    _type: 'event',
    slug: { _type: 'slug', current: id },
    title: { _type: 'localeString', ...title },
    summary: { _type: 'localeText', ...summary },
    status: 'scheduled',
    start: '2026-05-01T10:00:00Z',
    end: '2026-05-01T12:00:00Z',
    timeZone: 'UTC',
    attendanceMode: 'online',
  }
}

const documents = [
  event(
    'open-culture',
    {
      en: 'From open software to open culture',
      zh: '从开源软件到开放文化',
      ar: 'من البرمجيات المفتوحة المصدر إلى الثقافة المفتوحة',
      ru: 'От открытого ПО к открытой культуре',
      fr: 'Des logiciels libres à la culture ouverte',
      es: 'Del software libre a la cultura abierta',
    },
    {
      zh: '《开源》：代码、社区与文化。',
      ar: 'لقاء حول البيانات، والمعرفة المفتوحة',
      ru: 'Открытое обсуждение для всех',
      fr: 'Ouvert à tous, sur inscription',
      es: 'Encuentro sobre datos públicos',
    },
  ),
  event('climate-data', {
    en: 'Climate data workshop',
    zh: '气候数据与开放资源研讨会',
    ar: 'ورشة عمل حول بيانات المناخ',
    ru: 'Семинар по климатическим данным',
    fr: 'Atelier sur les données climatiques',
    es: 'Taller de datos climáticos',
  }),
  // Only in English: every locale reads it through the English fallback.
  event('kernel', { en: 'Linux kernel summit' }),
  { ...event('open-culture', { zh: '草稿开源' }), _id: 'drafts.open-culture' },
]
const dataset = parseDataset('/virtual', documents.map((doc) => JSON.stringify(doc)).join('\n'))

const hits = z.object({ items: z.array(z.object({ _id: z.string() })) })
const listed = z.object({ total: z.number(), items: z.array(z.object({ _id: z.string() })) })

/** The events the search page finds, checked against what the events list finds. */
async function find(locale: string, text: string): Promise<string[]> {
  const search = searchParams(locale, text, 'event', 1)
  const list = eventListParams(locale, { when: 'all', q: text, page: 1 })
  if (!search || !list) return []
  const found = hits.parse(await queryLocal(searchQuery, search, { dataset, now }))
  const inList = listed.parse(await queryLocal(eventListDescQuery, list, { dataset, now }))
  const ids = found.items.map((item) => item._id).sort()
  expect(inList.items.map((item) => item._id).sort()).toEqual(ids)
  expect(inList.total).toBe(ids.length)
  return ids
}

describe('search in Chinese, written without spaces', () => {
  it('finds a word inside a title or summary', async () => {
    expect(await find('zh', '开源')).toEqual(['open-culture'])
    expect(await find('zh', '开放文化')).toEqual(['open-culture'])
    expect(await find('zh', '软件')).toEqual(['open-culture'])
    expect(await find('zh', '社区')).toEqual(['open-culture'])
    expect(await find('zh', '气候')).toEqual(['climate-data'])
  })

  it('reads spaces and Chinese punctuation between words as between terms', async () => {
    expect(await find('zh', '开源 文化')).toEqual(['open-culture'])
    expect(await find('zh', '开源，文化。')).toEqual(['open-culture'])
    expect(await find('zh', '《开源》')).toEqual(['open-culture'])
  })

  it('needs the characters of a word together, in order', async () => {
    // The other title has 开 (in 开放) and 源 (in 资源), but not 开源.
    expect(await find('zh', '文化开源')).toEqual([])
    expect(await find('zh', '开放')).toEqual(['climate-data', 'open-culture'])
  })

  it('finds nothing for an unrelated word, and falls back to English titles', async () => {
    expect(await find('zh', '音乐')).toEqual([])
    expect(await find('zh', 'linux')).toEqual(['kernel'])
    expect(await find('zh', '开源 linux')).toEqual([])
  })
})

describe('search in Arabic', () => {
  it('finds a word with or without the article', async () => {
    expect(await find('ar', 'المصدر')).toEqual(['open-culture'])
    expect(await find('ar', 'مصدر')).toEqual(['open-culture'])
    expect(await find('ar', 'الثقافة')).toEqual(['open-culture'])
    expect(await find('ar', 'ثقافة')).toEqual(['open-culture'])
    expect(await find('ar', 'بالثقافة')).toEqual(['open-culture'])
    expect(await find('ar', 'للثقافة')).toEqual(['open-culture'])
    expect(await find('ar', 'المناخ')).toEqual(['climate-data'])
  })

  it('ignores vowel marks and tatweel typed in the search', async () => {
    expect(await find('ar', 'مَصدر')).toEqual(['open-culture'])
    expect(await find('ar', 'المَصْدَر')).toEqual(['open-culture'])
    expect(await find('ar', 'الثَّقَافَة')).toEqual(['open-culture'])
    expect(await find('ar', 'المصـــدر')).toEqual(['open-culture'])
  })

  it('finds a word glued to Arabic punctuation, and words anywhere in the text', async () => {
    // "البيانات،" ends with an Arabic comma, which GROQ keeps inside the word.
    expect(await find('ar', 'البيانات')).toEqual(['climate-data', 'open-culture'])
    expect(await find('ar', 'والمعرفة')).toEqual(['open-culture'])
    expect(await find('ar', 'المصدر الثقافة')).toEqual(['open-culture'])
  })

  it('finds nothing for an unrelated word', async () => {
    expect(await find('ar', 'موسيقى')).toEqual([])
    expect(await find('ar', 'المصدر موسيقى')).toEqual([])
  })
})

describe('search in Russian, French and Spanish', () => {
  it('matches Cyrillic in either case, by word prefix', async () => {
    expect(await find('ru', 'Открытое')).toEqual(['open-culture'])
    expect(await find('ru', 'открытое')).toEqual(['open-culture'])
    expect(await find('ru', 'ОТКРЫТ')).toEqual(['open-culture'])
    expect(await find('ru', 'культур')).toEqual(['open-culture'])
    expect(await find('ru', 'климатическим')).toEqual(['climate-data'])
    expect(await find('ru', 'музыка')).toEqual([])
  })

  it('matches French in either case, accents as typed, and plurals by prefix', async () => {
    expect(await find('fr', 'ouvert')).toEqual(['open-culture'])
    expect(await find('fr', 'OUVERTE')).toEqual(['open-culture'])
    expect(await find('fr', 'logiciel')).toEqual(['open-culture'])
    expect(await find('fr', 'données')).toEqual(['climate-data'])
    expect(await find('fr', 'DONNÉES')).toEqual(['climate-data'])
    // Accents are not folded: a word typed without them is another word.
    expect(await find('fr', 'donnees')).toEqual([])
    expect(await find('fr', 'musique')).toEqual([])
  })

  it('matches Spanish accents as typed', async () => {
    expect(await find('es', 'abierta')).toEqual(['open-culture'])
    expect(await find('es', 'Cultura')).toEqual(['open-culture'])
    expect(await find('es', 'climáticos')).toEqual(['climate-data'])
    expect(await find('es', 'CLIMÁTICOS')).toEqual(['climate-data'])
    expect(await find('es', 'públicos')).toEqual(['open-culture'])
    expect(await find('es', 'música')).toEqual([])
  })
})

describe('search patterns for the six languages', () => {
  it('matches Chinese inside words, and splits it into characters for the Content Lake', () => {
    expect(searchPattern('开源 软件')).toBe('*开源* *软件*')
    expect(exactPattern('开源')).toBe('*开源*')
    expect(segmentedPattern('开源 软件')).toBe('开 源 软 件')
    expect(segmentedPattern('Linux开源')).toBe('Linux* 开 源')
    expect(segmentedPattern('open source')).toBeNull()
    expect(segmentedPattern('المصدر')).toBeNull()
  })

  it('takes marks, tatweel and a leading article off Arabic terms, except from short words', () => {
    expect(searchPattern('المَصْدَر')).toBe('*مصدر*')
    expect(exactPattern('المَصْدَر')).toBe('المصدر')
    expect(searchPattern('والثقافة')).toBe('*ثقافة*')
    expect(searchPattern('الله')).toBe('*الله*')
    expect(searchPattern('من')).toBe('من*')
    expect(searchPattern('ـــ')).toBeNull()
  })

  it('drops punctuation that is never part of a word, and reads full-width letters', () => {
    expect(searchPattern('«Logiciel libre»')).toBe('Logiciel* libre*')
    expect(searchPattern('¿Qué?')).toBe('Qué*')
    expect(searchPattern('l’ouverture')).toBe('l’ouverture*')
    expect(searchPattern('ｏｐｅｎ')).toBe('open*')
  })

  it('keeps the text filter one exact index lookup: either of two matches on one text', () => {
    const params = eventListParams('zh', { when: 'all', q: '开源', page: 1 })
    if (!params) throw new Error('nothing searchable')
    // The list's slice needs its bounds at parse time, so every parameter is a constant.
    const tree = parse(eventListDescQuery, { params })
    const guards = engine.findGuards(tree)
    const scans = engine.planScans(engine.fold(tree, guards, engine.guardValues(guards, params)))
    const list = scans.find((scan) =>
      scan.constraints.some(({ condition }) => condition.kind === 'either'),
    )
    expect(list?.exact).toBe(true)
    const either = list?.constraints.find(({ condition }) => condition.kind === 'either')
    expect(either?.condition).toMatchObject({
      kind: 'either',
      of: [
        { kind: 'match', operand: { kind: 'value', value: '*开源*' } },
        { kind: 'match', operand: { kind: 'value', value: '开 源' } },
      ],
    })
    const [first, second] = either?.condition.kind === 'either' ? either.condition.of : []
    expect(first?.kind === 'match' && second?.kind === 'match' && first.key === second.key).toBe(
      true,
    )
  })

  it('never finds a draft', async () => {
    expect(await find('zh', '草稿')).toEqual([])
    const params = searchParams('zh', '草稿', 'event', 1)
    const drafts = hits.parse(
      await queryLocal(searchQuery, params ?? {}, { dataset, now, perspective: 'drafts' }),
    )
    expect(drafts.items.map((item) => item._id)).toEqual(['open-culture'])
  })
})

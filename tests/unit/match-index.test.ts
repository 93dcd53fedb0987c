import { evaluateSync, parse, toJS } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { engine } from '@/lib/content/local'

/**
 * The token index must say "matches" exactly when groq-js's `match` does: same tokens,
 * same pattern terms, same case folding. A one-document index answers one text.
 */
function indexMatches(text: string, pattern: unknown): boolean {
  const postings = new Map(engine.matchTokens(text).map((token) => [token, [0]]))
  return new engine.TokenIndex(1, postings).lookup(pattern).length === 1
}

const matchTree = parse('$text match $pattern')
const groqMatches = (text: string, pattern: unknown) =>
  toJS(evaluateSync(matchTree, { params: { text, pattern } })) === true

const texts = [
  'Open Source Summit 2026: the e-mail (draft) "quoted" [x] {y} <z> a|b a+b a/b a\\b',
  'node.js .hidden trailing. ...dots... a.b.c 3.14 v1.2.3-beta',
  "O'Brien _under_ `tick` ~tilde= 50% #tag @handle $dollar ^caret &amp; !bang ?q",
  'İstanbul Straße ſcience ΩMEGA Ω K µ μ ß ǅ ǆ ﬁ ŉ',
  'tabs\tand\nnew\u2028lines\u00a0nbsp\u3000wide',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀emoji 中文字 ελληνικά кириллица',
  '从开源软件到开放文化《开源》：代码、Linux大会。',
  'من البرمجيات المفتوحةِ المصدر، «الثقافة» ـ مصدرها وللثقافة',
  '',
]
const patterns = [
  ...['open', 'OPEN*', 'op*n', 'o*', '*', '**', '*.*', '.', '..', 'e-mail', 'mail', 'draft'],
  ...['"quoted"', 'x', 'nodejs', 'node.js', 'node.*', 'hidden', '.hidden', 'trailing', 'dots'],
  ...['abc', 'a.b.c', '314', '3.14', 'v1.2.3', "o'brien", '_under_', '`tick`', '~tilde=', '50'],
  ...['istanbul', 'İstanbul', 'STRASSE', 'straße', 'science', 'ſcience', 'omega', 'ωmega', 'ω'],
  ...['k', 'µ', 'Μ', 'ss', 'ǅ', 'Ǆ', 'ﬁ', 'fi', 'nbsp', 'wide', 'lines', '𝔘*', '😀*', '中文字'],
  ...['ΕΛΛΗΝΙΚΆ', 'КИРИЛЛИЦА*', '', ' ', '!!!', ['open', 'summit'], ['open', null], [], null, 7],
  ...['*开源*', '*开放文化*', '开 源', '开源*', '*源', '*linux大会*', '*》*', '*文字', '*中*'],
  ...['*مصدر*', '*ثقافة*', 'مصدر*', '*المصدر*', '*ال*', '*ـ*', '*مصدرها', 'من*', '*ثقافة* *مصدر*'],
]

describe('match index', () => {
  it.each(texts)('reads %j as groq-js does, for every pattern', (text) => {
    for (const pattern of patterns) {
      expect([pattern, indexMatches(text, pattern)]).toEqual([pattern, groqMatches(text, pattern)])
    }
  })

  it('checks what it should: some patterns match and some do not', () => {
    expect(indexMatches(texts[0] ?? '', 'open* summit')).toBe(true)
    expect(indexMatches(texts[0] ?? '', 'closed')).toBe(false)
  })

  it('folds case exactly as a case-insensitive regex does, for every code unit', () => {
    // Code units a case-insensitive regex could equate share their own or upper-case form.
    const groups = new Map<string, Set<string>>()
    const add = (key: string, unit: string) => {
      const group = groups.get(key) ?? new Set<string>()
      group.add(unit)
      groups.set(key, group)
    }
    for (let code = 0; code <= 0xffff; code++) {
      const unit = String.fromCharCode(code)
      if (engine.matchTokens(`a${unit}`).join() !== `a${unit}` || unit === '.') continue
      add(unit, unit)
      const upper = unit.toUpperCase()
      if (upper.length === 1) add(upper, unit)
    }
    let compared = 0
    for (const group of groups.values()) {
      for (const a of group) {
        for (const b of group) {
          const regex = new RegExp(`^a${a}$`, 'i')
          expect([a, b, indexMatches(`a${b}`, `a${a}*`)]).toEqual([a, b, regex.test(`a${b}`)])
          compared++
        }
      }
    }
    expect(compared).toBeGreaterThan(60000)
  })
})

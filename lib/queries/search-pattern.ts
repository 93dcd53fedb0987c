/**
 * Turns what a visitor typed into GROQ `match` patterns: the same token characters GROQ
 * uses, each term a prefix (`term*`) so "sal" finds "Salem". Wildcards typed by the visitor
 * are dropped; at most 12 terms count. Null when nothing searchable is left.
 *
 * `match` reads a text as words between spaces and ASCII punctuation, and a pattern term
 * must match a whole word. Two scripts need more than a prefix for that:
 *
 * - Chinese is written without spaces, so a title is one long word to groq-js: a term with
 *   Chinese characters matches anywhere inside a word (`*开源*`). The Content Lake splits
 *   such text into one word per character (Unicode word segmentation), where `*开源*`
 *   matches nothing; `segmentedPattern` gives the same search in the Lake's words, one
 *   character a term, for a second `match` beside the first.
 * - Arabic attaches the article and some prepositions to the word (المصدر, بالمصدر) and may
 *   carry vowel marks: a term loses its marks and tatweel, then a leading article, and
 *   matches anywhere inside a word, so مصدر, المصدر and مَصدر all find المصدر.
 */
const token = /[^!@#$%^&*(),\\/?";:{}|[\]+<>\s-]+/g
const maxTerms = 12
/** The Content Lake's words for Chinese are single characters: a query may name many. */
const maxSegmentedTerms = 32

/**
 * Punctuation that never belongs to a word but that GROQ's tokeniser keeps inside one:
 * guillemets, typographic double quotes, ¿ ¡, dashes and ellipsis, and Arabic and CJK
 * punctuation. Typographic apostrophes stay: "l’ouverture" is one word to GROQ.
 */
const wordless =
  /[«»‹›“”„‟¿¡–—…\u060c\u061b\u061f\u066a-\u066d\u06d4\u3000-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/g
const han = /\p{Script=Han}/u
const hanRun = /\p{Script=Han}+|[^\p{Script=Han}]+/gu
const arabic = /\p{Script=Arabic}/u
/** Harakat, tanwin, shadda, sukun, the superscript alef, Quranic marks, and tatweel. */
const arabicMarks =
  /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]/g
/**
 * The article, alone or after و ف ب ك, or contracted after ل (للثقافة). Only taken off
 * when three letters remain, so short words such as الله or التي stay whole.
 */
const arabicArticle = /^(?:[وفبك]?ال|لل)(?=\p{Script=Arabic}{3})/u
/** A shorter Arabic term is a prefix only: inside words it would match almost anything. */
const minInfix = 3

type Term = {
  /** Matched whole, for ranking; Chinese has no whole words and matches as the pattern does. */
  exact: string
  /** What the filter matches, in groq-js's words. */
  pattern: string
  /** The same in the Content Lake's words. */
  segmented: string[]
}

function term(typed: string): Term {
  if (han.test(typed)) {
    const infix = `*${typed}*`
    const segmented = (typed.match(hanRun) ?? []).flatMap((run) =>
      han.test(run) ? [...run] : [`${run}*`],
    )
    return { exact: infix, pattern: infix, segmented }
  }
  if (arabic.test(typed)) {
    const stem = typed.replace(arabicArticle, '')
    const pattern = [...stem].length >= minInfix ? `*${stem}*` : `${stem}*`
    return { exact: typed, pattern, segmented: [pattern] }
  }
  return { exact: typed, pattern: `${typed}*`, segmented: [`${typed}*`] }
}

function terms(text: string | undefined): Term[] {
  // NFKC: full-width letters and punctuation, Arabic presentation forms and ligatures read
  // as the plain characters editors type. Marks come off every term: tatweel is not of the
  // Arabic script, and a term of marks alone searches nothing.
  return (text?.normalize('NFKC').replace(wordless, ' ').match(token) ?? [])
    .map((typed) => typed.replace(arabicMarks, '').replace(/^\.+|\.+$/g, ''))
    .filter((typed) => typed !== '')
    .slice(0, maxTerms)
    .map(term)
}

export function searchPattern(text: string | undefined): string | null {
  const found = terms(text)
  return found.length > 0 ? found.map((each) => each.pattern).join(' ') : null
}

/** The same terms matched whole: used to rank exact words above mere prefixes. */
export function exactPattern(text: string | undefined): string | null {
  const found = terms(text)
  return found.length > 0 ? found.map((each) => each.exact).join(' ') : null
}

/**
 * The search in the Content Lake's words, for a query with Chinese characters: each one a
 * term of its own. Null otherwise, and `match null` is false: the second `match` then
 * adds nothing.
 */
export function segmentedPattern(text: string | undefined): string | null {
  const found = terms(text)
  if (!found.some((each) => each.pattern !== each.segmented.join(' '))) return null
  return found
    .flatMap((each) => each.segmented)
    .slice(0, maxSegmentedTerms)
    .join(' ')
}

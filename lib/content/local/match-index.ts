import { evaluateSync, type EvaluateOptions, type ExprNode } from 'groq-js'
import type { Subset } from './doc-index'

/**
 * An index for `text match $pattern`: the tokens groq-js finds in each document's text,
 * and which documents hold each token. It answers exactly which documents match, because
 * the text is computed by groq-js itself and tokens and patterns are read with groq-js's
 * own rules (copied from groq-js 1.30.3, `matchTokenize` and `matchPatternRegex`;
 * tests/unit/match-index.test.ts compares the two on punctuation and unicode).
 */
const chars = /([^!@#$%^&*(),\\/?";:{}|[\]+<>\s-])+/g
const charsWithWildcard = /([^!@#$%^&(),\\/?";:{}|[\]+<>\s-])+/g
const edgeChars = /(\b\.+|\.+\b)/g

export function matchTokens(text: string): string[] {
  return text.replace(edgeChars, '').match(chars) ?? []
}

type Term = { literal: string; regex: RegExp }

function terms(text: string): Term[] {
  return (text.replace(edgeChars, '').match(charsWithWildcard) ?? []).map((found) => {
    const term = found.slice(0, 1024)
    // `*` is groq-js's wildcard and `.` stays a regex wildcard: the literal start ends there.
    const wildcard = term.search(/[.*]/)
    return {
      literal: wildcard === -1 ? term : term.slice(0, wildcard),
      regex: new RegExp(`^${term.replace(/\*/g, '.*')}$`, 'i'),
    }
  })
}

/** The terms of a pattern value, or null where groq-js's `match` is false for any text. */
export function patternTerms(pattern: unknown): Term[] | null {
  if (typeof pattern === 'string') return terms(pattern)
  if (!Array.isArray(pattern)) return null
  const found: Term[] = []
  for (const part of pattern) {
    if (typeof part !== 'string') return null
    found.push(...terms(part))
  }
  return found
}

/**
 * A code unit as a case-insensitive regex without the `u` flag compares it (ECMAScript's
 * Canonicalize): upper case when that is one code unit and does not turn non-ASCII into
 * ASCII. Two code units match under `i` exactly when their canonical forms are equal.
 */
function canonical(text: string): string {
  let result = ''
  for (let i = 0; i < text.length; i++) {
    const unit = text.charAt(i)
    const upper = unit.toUpperCase()
    const keep = upper.length !== 1 || (unit.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128)
    result += keep ? unit : upper
  }
  return result
}

export class TokenIndex {
  /** Distinct tokens sorted by canonical form, so a literal start is one contiguous range. */
  private readonly keys: string[]
  private readonly tokens: string[]

  constructor(
    private readonly size: number,
    private readonly postings: Map<string, number[]>,
  ) {
    const sorted = [...postings.keys()]
      .map((token) => ({ token, key: canonical(token) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    this.keys = sorted.map((entry) => entry.key)
    this.tokens = sorted.map((entry) => entry.token)
  }

  /** Positions, ascending, of exactly the documents whose text matches the pattern. */
  lookup(pattern: unknown): number[] {
    const wanted = patternTerms(pattern)
    if (!wanted || wanted.length === 0) return []
    const hits = new Int32Array(this.size)
    wanted.forEach((term, n) => {
      const prefix = canonical(term.literal)
      let low = 0
      let high = this.keys.length
      while (low < high) {
        const middle = (low + high) >> 1
        if ((this.keys[middle] ?? '') < prefix) low = middle + 1
        else high = middle
      }
      for (let i = low; i < this.keys.length && this.keys[i]?.startsWith(prefix); i++) {
        const token = this.tokens[i] ?? ''
        if (!term.regex.test(token)) continue
        // A document counts once per term: only those hit by every earlier term move on.
        for (const position of this.postings.get(token) ?? []) {
          if (hits[position] === n) hits[position] = n + 1
        }
      }
    })
    const found: number[] = []
    for (let position = 0; position < this.size; position++) {
      if (hits[position] === wanted.length) found.push(position)
    }
    return found
  }
}

const indexes = new WeakMap<Subset, Map<string, TokenIndex | null>>()
const indexesPerSubset = 16

/**
 * The token index of `text` over a subset, for these parameter values (`key` names both).
 * Each document's text is evaluated by groq-js as the filter would; null if it cannot be.
 */
export function tokenIndex(
  subset: Subset,
  key: string,
  text: ExprNode,
  options: EvaluateOptions,
): TokenIndex | null {
  let bySubset = indexes.get(subset)
  if (!bySubset) {
    bySubset = new Map()
    indexes.set(subset, bySubset)
  }
  const known = bySubset.get(key)
  if (known !== undefined) return known
  // A text that reads a parameter gets an index per value: past a few (locales), the
  // values are not a small set and scanning costs no more than building another index.
  if (bySubset.size >= indexesPerSubset) return null
  const postings = new Map<string, number[]>()
  let index: TokenIndex | null
  try {
    subset.docs.forEach((doc, position) => {
      // The document as the root scope is what `@` and bare attributes read inside a filter.
      const value = evaluateSync(text, { ...options, root: doc })
      // What groq-js's `match` reads: a string, or the strings of an array; nothing else.
      const parts =
        value.type === 'string' ? [value.data] : value.type === 'array' ? value.data : []
      for (const part of parts) {
        if (typeof part !== 'string') continue
        for (const token of matchTokens(part)) {
          const list = postings.get(token)
          if (!list) postings.set(token, [position])
          else if (list[list.length - 1] !== position) list.push(position)
        }
      }
    })
    index = new TokenIndex(subset.docs.length, postings)
  } catch {
    index = null
  }
  bySubset.set(key, index)
  return index
}

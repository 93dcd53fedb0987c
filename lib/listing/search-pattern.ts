/**
 * Turns what a visitor typed into a GROQ `match` pattern: the same token characters GROQ
 * uses, each term a prefix (`term*`) so "sal" finds "Salem". Wildcards typed by the visitor
 * are dropped; at most 12 terms count. Null when nothing searchable is left.
 */
const token = /[^!@#$%^&*(),\\/?";:{}|[\]+<>\s-]+/g
const maxTerms = 12

export function searchPattern(text: string | undefined): string | null {
  if (!text) return null
  const terms = (text.match(token) ?? [])
    .map((term) => term.replace(/^\.+|\.+$/g, ''))
    .filter((term) => term !== '')
    .slice(0, maxTerms)
  return terms.length > 0 ? terms.map((term) => `${term}*`).join(' ') : null
}

/**
 * Turns what a visitor typed into a GROQ `match` pattern: the same token characters GROQ
 * uses, each term a prefix (`term*`) so "sal" finds "Salem". Wildcards typed by the visitor
 * are dropped; at most 12 terms count. Null when nothing searchable is left.
 */
const token = /[^!@#$%^&*(),\\/?";:{}|[\]+<>\s-]+/g
const maxTerms = 12

function terms(text: string | undefined): string[] {
  return (text?.match(token) ?? [])
    .map((term) => term.replace(/^\.+|\.+$/g, ''))
    .filter((term) => term !== '')
    .slice(0, maxTerms)
}

export function searchPattern(text: string | undefined): string | null {
  const found = terms(text)
  return found.length > 0 ? found.map((term) => `${term}*`).join(' ') : null
}

/** The same terms matched whole: used to rank exact words above mere prefixes. */
export function exactPattern(text: string | undefined): string | null {
  const found = terms(text)
  return found.length > 0 ? found.join(' ') : null
}

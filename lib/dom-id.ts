/**
 * Element ids unique to one page view. With Cache Components, Next.js keeps up to three
 * visited pages in the document (hidden by React's Activity) so that going back restores
 * them; a fixed id such as "results" would then appear several times, and `for` or
 * `aria-labelledby` could point into a hidden page.
 */
export function idScope(...parts: string[]): (name: string) => string {
  let hash = 0x811c9dc5
  for (const char of parts.join('\n')) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  const suffix = hash.toString(36)
  return (name) => `${name}-${suffix}`
}

export type IdScope = ReturnType<typeof idScope>

import { evaluateSync, parse, toJS } from 'groq-js'

/** How groq-js reads values out of a document, for the indexes that must agree with it. */

/** An attribute path read as GROQ reads it: through objects only, anything else is null. */
export function readPath(doc: unknown, path: readonly string[]): unknown {
  let value = doc
  for (const name of path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    value = Reflect.get(value, name)
  }
  return value
}

/**
 * The ids `references()` finds in a value, by groq-js's own rule: an object with a truthy
 * `_ref` counts by that `_ref` alone and is not looked into further.
 */
export function refsIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) refsIn(item, found)
  } else if (typeof value === 'object' && value !== null) {
    const ref: unknown = Reflect.get(value, '_ref')
    if (ref) {
      if (typeof ref === 'string') found.add(ref)
      return found
    }
    // for...in allocates nothing per object; this walk runs over every document once.
    for (const key in value) {
      const child: unknown = Reflect.get(value, key)
      if (typeof child === 'object' && child !== null) refsIn(child, found)
    }
  }
  return found
}

/** The instant groq-js's `dateTime()` gives a value, in milliseconds; null where it gives null. */
const dateTimeTree = parse('dateTime($value)')
export function groqTime(value: unknown): number | null {
  if (typeof value !== 'string') return null
  const parsed = toJS(evaluateSync(dateTimeTree, { params: { value } }))
  return typeof parsed === 'string' ? Date.parse(parsed) : null
}

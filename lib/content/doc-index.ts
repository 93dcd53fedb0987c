import { evaluateSync, parse, toJS } from 'groq-js'
import type { SanityDocument } from './dataset'

/**
 * Indexes over the documents one perspective sees, built lazily on first use and kept as
 * long as that view (a dataset reload makes a new one). A subset holds the documents of
 * some types in dataset order; the other indexes point into it by position.
 */
export type View = { documents: SanityDocument[]; byId: Map<string, SanityDocument> }

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
function refsIn(value: unknown, found: Set<string>): Set<string> {
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

type Timeline = { times: Float64Array; order: Int32Array }
type KeyOrder = { order: Int32Array; nonString: Uint8Array }

export class Subset {
  private readonly equalities = new Map<string, Map<string, number[]>>()
  private readonly timelines = new Map<string, Timeline>()
  private readonly keyOrders = new Map<string, KeyOrder>()
  private referrerIndex: Map<string, number[]> | undefined

  constructor(readonly docs: SanityDocument[]) {}

  pick(positions: ArrayLike<number>): SanityDocument[] {
    return Array.from(positions, (position) => this.docs[position]).filter((doc) => !!doc)
  }

  /** Positions of the documents whose attribute at `path` is the string `value`. */
  equal(path: readonly string[], value: string): number[] {
    const key = path.join('.')
    let index = this.equalities.get(key)
    if (!index) {
      index = new Map()
      this.docs.forEach((doc, position) => {
        const field = readPath(doc, path)
        if (typeof field !== 'string') return
        const list = index?.get(field)
        if (list) list.push(position)
        else index?.set(field, [position])
      })
      this.equalities.set(key, index)
    }
    return index.get(value) ?? []
  }

  /** Positions of exactly the documents for which `references(id)` is true. */
  referrers(id: string): number[] {
    if (!this.referrerIndex) {
      const index = new Map<string, number[]>()
      this.docs.forEach((doc, position) => {
        for (const ref of refsIn(doc, new Set())) {
          const list = index.get(ref)
          if (list) list.push(position)
          else index.set(ref, [position])
        }
      })
      this.referrerIndex = index
    }
    return this.referrerIndex.get(id) ?? []
  }

  /**
   * Positions, ascending, of exactly the documents for which `dateTime(path) op instant`
   * is true in groq-js (its own parser reads the dates; millisecond precision, as it has).
   */
  timeRange(path: readonly string[], op: '<' | '<=' | '>' | '>=', instant: number): Int32Array {
    const { times, order } = this.timeline(path)
    const after = op === '>' || op === '>='
    // Index of the first time that is not before the cut (>= for '>=' and '<', > otherwise).
    const strict = op === '>' || op === '<='
    let low = 0
    let high = times.length
    while (low < high) {
      const middle = (low + high) >> 1
      const time = times[middle] ?? 0
      if (strict ? time <= instant : time < instant) low = middle + 1
      else high = middle
    }
    return (after ? order.slice(low) : order.slice(0, low)).sort()
  }

  /** Positions of the documents where `defined(path)` is true. */
  defined(path: readonly string[]): number[] {
    const key = `defined ${path.join('.')}`
    let found = this.equalities.get(key)?.get('')
    if (!found) {
      const positions: number[] = []
      this.docs.forEach((doc, position) => {
        const value = readPath(doc, path)
        if (value !== undefined && value !== null) positions.push(position)
      })
      found = positions
      this.equalities.set(key, new Map([['', positions]]))
    }
    return found
  }

  /** Positions sorted by the string at `path` (then by position); flags non-string keys. */
  keyOrder(path: readonly string[]): KeyOrder {
    const key = path.join('.')
    let found = this.keyOrders.get(key)
    if (!found) {
      const keys = this.docs.map((doc) => readPath(doc, path))
      const nonString = new Uint8Array(keys.map((k) => (typeof k === 'string' ? 0 : 1)))
      const positions = keys.flatMap((k, position) => (typeof k === 'string' ? [position] : []))
      const text = (position: number) => String(keys[position])
      positions.sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : a - b))
      found = { order: Int32Array.from(positions), nonString }
      this.keyOrders.set(key, found)
    }
    return found
  }

  private timeline(path: readonly string[]): Timeline {
    const key = path.join('.')
    let timeline = this.timelines.get(key)
    if (!timeline) {
      const parsed: { time: number; position: number }[] = []
      this.docs.forEach((doc, position) => {
        // dateTime() of anything it cannot read is null, which never compares true.
        const time = groqTime(readPath(doc, path))
        if (time !== null) parsed.push({ time, position })
      })
      parsed.sort((a, b) => a.time - b.time || a.position - b.position)
      timeline = {
        times: Float64Array.from(parsed, (entry) => entry.time),
        order: Int32Array.from(parsed, (entry) => entry.position),
      }
      this.timelines.set(key, timeline)
    }
    return timeline
  }
}

const subsets = new WeakMap<View, Map<string, Subset>>()

/** The documents of `types` (all documents for null), in dataset order. */
export function subsetOf(view: View, types: readonly string[] | null): Subset {
  let byTypes = subsets.get(view)
  if (!byTypes) {
    byTypes = new Map()
    subsets.set(view, byTypes)
  }
  const key = types ? types.join('\n') : '*'
  let subset = byTypes.get(key)
  if (!subset) {
    const wanted = types ? new Set(types) : null
    subset = new Subset(wanted ? view.documents.filter((d) => wanted.has(d._type)) : view.documents)
    byTypes.set(key, subset)
  }
  return subset
}

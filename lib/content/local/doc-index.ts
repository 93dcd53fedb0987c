import type { SanityDocument } from './dataset'
import { groqTime, readPath, refsIn } from './doc-values'

/**
 * Indexes over the documents one perspective sees, built lazily on first use and kept as
 * long as that view (a dataset reload makes a new one). A subset holds the documents of
 * some types in dataset order; the other indexes point into it by position.
 */
export type View = { documents: SanityDocument[]; byId: Map<string, SanityDocument> }

type Timeline = { times: Float64Array; order: Int32Array }
type KeyOrder = { order: Int32Array; nonString: Uint8Array }

export class Subset {
  private readonly equalities = new Map<string, Map<string, number[]>>()
  private readonly timelines = new Map<string, Timeline>()
  private readonly instantsByPath = new Map<string, Float64Array>()
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

  /**
   * Positions of exactly the documents for which `value in path[].attr` is true: some
   * element of the array at `path` is an object whose `attr` is the string `value`.
   */
  members(path: readonly string[], attr: readonly string[], value: string): number[] {
    const key = `members ${path.join('.')}[].${attr.join('.')}`
    let index = this.equalities.get(key)
    if (!index) {
      const built = new Map<string, number[]>()
      this.docs.forEach((doc, position) => {
        const list = readPath(doc, path)
        if (!Array.isArray(list)) return
        for (const item of list) {
          const field = readPath(item, attr)
          if (typeof field !== 'string') continue
          const found = built.get(field)
          if (!found) built.set(field, [position])
          else if (found[found.length - 1] !== position) found.push(position)
        }
      })
      index = built
      this.equalities.set(key, index)
    }
    return index.get(value) ?? []
  }

  /** Positions of exactly the documents for which `dateTime(a) op dateTime(b)` is true. */
  timePair(a: readonly string[], op: '<' | '<=' | '>' | '>=', b: readonly string[]): number[] {
    const key = `pair ${a.join('.')} ${op} ${b.join('.')}`
    let found = this.equalities.get(key)?.get('')
    if (!found) {
      const left = this.instants(a)
      const right = this.instants(b)
      // NaN (no date) compares false with everything, as null does in GROQ.
      const holds = {
        '<': (x: number, y: number) => x < y,
        '<=': (x: number, y: number) => x <= y,
        '>': (x: number, y: number) => x > y,
        '>=': (x: number, y: number) => x >= y,
      }[op]
      const positions: number[] = []
      for (let position = 0; position < left.length; position++) {
        if (holds(left[position] ?? NaN, right[position] ?? NaN)) positions.push(position)
      }
      found = positions
      this.equalities.set(key, new Map([['', positions]]))
    }
    return found
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

  /** Each document's `dateTime(path)` in milliseconds, NaN where groq-js gives null. */
  private instants(path: readonly string[]): Float64Array {
    const key = path.join('.')
    let found = this.instantsByPath.get(key)
    if (!found) {
      found = Float64Array.from(this.docs, (doc) => groqTime(readPath(doc, path)) ?? NaN)
      this.instantsByPath.set(key, found)
    }
    return found
  }

  private timeline(path: readonly string[]): Timeline {
    const key = path.join('.')
    let timeline = this.timelines.get(key)
    if (!timeline) {
      const instants = this.instants(path)
      // dateTime() of anything it cannot read is null, which never compares true.
      const positions: number[] = []
      instants.forEach((time, position) => {
        if (!Number.isNaN(time)) positions.push(position)
      })
      const at = (position: number) => instants[position] ?? 0
      positions.sort((a, b) => at(a) - at(b) || a - b)
      timeline = {
        times: Float64Array.from(positions, at),
        order: Int32Array.from(positions),
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

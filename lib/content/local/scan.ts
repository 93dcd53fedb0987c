import type { EvaluateOptions } from 'groq-js'
import type { SanityDocument } from './dataset'
import { subsetOf, type Subset, type View } from './doc-index'
import { groqTime } from './doc-values'
import type { Condition, Correlated, Operand } from './groq-conditions'
import type { Scan } from './query-plan'
import { tokenIndex } from './match-index'
import { firstInOrder } from './scan-order'

/**
 * The documents a scan hands to groq-js, in dataset order: exactly those its filter keeps
 * when every part of the filter is answered by an index (`exact`), else a superset that
 * groq-js then tests document by document. Either way the query result does not change.
 */
export function scanCandidates(
  scan: Scan,
  view: View,
  params: Record<string, unknown>,
  options: EvaluateOptions & { timestamp: Date },
): { docs: SanityDocument[]; exact: boolean } {
  const subset = subsetOf(view, scan.types)
  const lists: ArrayLike<number>[] = []
  let exact = scan.exact
  for (const { condition } of scan.constraints) {
    const found = lookup(subset, condition, params, options)
    if (found) lists.push(found)
    else exact = false
  }
  const best = intersect(subset, lists)
  if (scan.top) {
    const first = firstInOrder(scan, subset, best, exact, params, options)
    if (first) return { docs: first, exact }
  }
  return { docs: best ? subset.pick(best) : subset.docs, exact }
}

/**
 * All lists' common positions: exactly the matches when the scan is exact, otherwise the
 * smallest superset the indexes can give, so groq-js tests as few documents as possible.
 */
function intersect(subset: Subset, lists: ArrayLike<number>[]) {
  if (lists.length === 0) return null
  const sorted = [...lists].sort((a, b) => a.length - b.length)
  const [shortest, ...others] = sorted
  if (!shortest || others.length === 0) return shortest ?? null
  const count = new Uint8Array(subset.docs.length)
  for (const list of others) {
    for (let i = 0; i < list.length; i++) {
      const position = list[i] ?? 0
      count[position] = (count[position] ?? 0) + 1
    }
  }
  return Array.from(shortest).filter((position) => count[position] === others.length)
}

/**
 * The documents a correlated scan (`*[_type == "event" && references(^._id)]`) hands over
 * for one value of the enclosing document: those holding that reference, or that value,
 * and meeting every other condition an index answers. When the scan is `linkedExact` and
 * every lookup could be made, they are exactly the matches and `exact` holds them too.
 */
export function correlatedCandidates(
  scan: Scan,
  view: View,
  value: string,
  params: Record<string, unknown>,
  options: EvaluateOptions & { timestamp: Date },
): { docs: SanityDocument[]; exact?: SanityDocument[] } {
  const subset = subsetOf(view, scan.types)
  if (!scan.correlated) return { docs: subset.docs }
  let positions = linkedTo(subset, scan.correlated, value)
  for (const link of scan.alsoCorrelated) {
    const found = linkedTo(subset, link, value)
    positions = positions.filter((position) => holds(found, position))
  }
  let exact = scan.linkedExact
  for (const { condition } of scan.constraints) {
    const found = lookup(subset, condition, params, options)
    if (found) positions = positions.filter((position) => holds(found, position))
    else exact = false
  }
  const docs = subset.pick(positions)
  return exact ? { docs, exact: docs } : { docs }
}

/** Positions of exactly the documents for which a correlated condition holds for `value`. */
function linkedTo(subset: Subset, link: Correlated, value: string): number[] {
  if (link.kind === 'references') return subset.referrers(value)
  if (link.kind === 'contains') return subset.members(link.path, link.attr, value)
  return subset.equal(link.path, value)
}

/** Whether an ascending list of positions holds this one. */
function holds(list: ArrayLike<number>, position: number): boolean {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((list[middle] ?? 0) < position) low = middle + 1
    else high = middle
  }
  return list[low] === position
}

function resolve(operand: Operand, params: Record<string, unknown>, now: Date): unknown {
  if (operand.kind === 'value') return operand.value
  if (operand.kind === 'param') return params[operand.name]
  return now.toISOString()
}

/** Positions of the documents meeting the condition, or null if no index can tell. */
function lookup(
  subset: Subset,
  condition: Condition,
  params: Record<string, unknown>,
  options: EvaluateOptions & { timestamp: Date },
): ArrayLike<number> | null {
  if (condition.kind === 'defined') return subset.defined(condition.path)
  if (condition.kind === 'timePair')
    return subset.timePair(condition.path, condition.op, condition.other)
  if (condition.kind === 'either') {
    const lists = condition.of.map((part) => lookup(subset, part, params, options))
    return lists.every((list) => list !== null) ? union(subset, lists) : null
  }
  const value = resolve(condition.operand, params, options.timestamp)
  if (condition.kind === 'time') {
    // dateTime() of what groq-js cannot read is null: then no document compares true.
    const instant = groqTime(value)
    return instant === null ? [] : subset.timeRange(condition.path, condition.op, instant)
  }
  if (condition.kind === 'match') {
    const key = `${condition.key}\n${JSON.stringify(condition.params.map((name) => params[name]))}`
    return tokenIndex(subset, key, condition.text, options)?.lookup(value) ?? null
  }
  if (condition.kind === 'oneOf') {
    // `in` over a non-array is null; over strings it is string equality. Lists holding
    // anything else (null equals a missing field) are left to groq-js.
    if (!Array.isArray(value)) return []
    if (!value.every((item) => typeof item === 'string')) return null
    return union(
      subset,
      value.map((item: string) => subset.equal(condition.path, item)),
    )
  }
  // Only strings are indexed; other values are left to groq-js.
  if (typeof value !== 'string') return null
  if (condition.kind === 'equals') return subset.equal(condition.path, value)
  if (condition.kind === 'contains') return subset.members(condition.path, condition.attr, value)
  return subset.referrers(value)
}

/** The positions in any of the lists, ascending. */
function union(subset: Subset, lists: ArrayLike<number>[]): number[] {
  if (lists.length === 1 && lists[0]) return Array.from(lists[0])
  const seen = new Uint8Array(subset.docs.length)
  for (const list of lists) for (let i = 0; i < list.length; i++) seen[list[i] ?? 0] = 1
  const found: number[] = []
  for (let position = 0; position < seen.length; position++)
    if (seen[position]) found.push(position)
  return found
}

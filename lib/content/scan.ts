import { evaluateSync, toJS, type EvaluateOptions } from 'groq-js'
import type { SanityDocument } from './dataset'
import { subsetOf, type Subset, type View } from './doc-index'
import { groqTime, readPath } from './doc-values'
import type { Condition, Operand } from './groq-conditions'
import type { Scan } from './query-plan'
import { tokenIndex } from './match-index'

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
 * for one value of the enclosing document: those holding that reference, or that value.
 */
export function correlatedCandidates(scan: Scan, view: View, value: string): SanityDocument[] {
  const subset = subsetOf(view, scan.types)
  const link = scan.correlated
  if (!link) return subset.docs
  return subset.pick(
    link.kind === 'references' ? subset.referrers(value) : subset.equal(link.path, value),
  )
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

/**
 * For `*[filter] | order(key)[0...n]`: walks the candidates in key order, keeps the first
 * `n` that pass the filter and every further one tied with the last, and returns those in
 * dataset order; groq-js then orders and slices them exactly as it would the full set.
 * String keys are compared by code unit, as GROQ does; null means "not applicable here",
 * and the caller hands over all candidates.
 */
function firstInOrder(
  scan: Scan,
  subset: Subset,
  candidates: ArrayLike<number> | null,
  exact: boolean,
  params: Record<string, unknown>,
  options: EvaluateOptions,
): SanityDocument[] | null {
  const top = scan.top
  const count = candidates?.length ?? subset.docs.length
  if (!top || top.count === 0 || count <= top.count * 4) return null
  const { order, nonString } = subset.keyOrder(top.path)
  let wanted: Uint8Array | null = null
  if (candidates) {
    wanted = new Uint8Array(subset.docs.length)
    for (let i = 0; i < candidates.length; i++) wanted[candidates[i] ?? 0] = 1
  }
  // Documents whose key is not a string sort apart (numbers first, null last): they are
  // all handed over, and groq-js puts them where they belong.
  const kept: number[] = []
  for (let position = 0; position < nonString.length; position++) {
    if (nonString[position] && (!wanted || wanted[position])) kept.push(position)
  }
  const fixed = kept.length
  let lastKey: unknown
  let chunk: number[] = []
  // Chunks double in size: few evaluations when matches are rare, little waste when common.
  let size = Math.max(64, top.count * 2)
  for (let step = 0; step <= order.length; step++) {
    const index = top.descending ? order.length - 1 - step : step
    const position = step < order.length ? order[index] : undefined
    if (position !== undefined && (!wanted || wanted[position])) chunk.push(position)
    if (chunk.length < size && position !== undefined) continue
    // Exact candidates all pass; others are tested by groq-js a chunk at a time.
    const passed = exact ? null : passing(scan, subset.pick(chunk), params, options)
    if (!exact && !passed) return null
    for (const candidate of chunk) {
      const doc = subset.docs[candidate]
      const key = readPath(doc, top.path)
      if (lastKey !== undefined && key !== lastKey) return subset.pick(kept.sort((a, b) => a - b))
      if (!doc || (passed && !passed.has(doc))) continue
      kept.push(candidate)
      if (kept.length - fixed === top.count) lastKey = key
    }
    chunk = []
    size *= 2
  }
  return subset.pick(kept.sort((a, b) => a - b))
}

/** The documents the filter keeps, or null if it cannot run synchronously. */
function passing(
  scan: Scan,
  docs: SanityDocument[],
  params: Record<string, unknown>,
  options: EvaluateOptions,
): Set<unknown> | null {
  try {
    const kept = toJS(
      evaluateSync(
        { type: 'Filter', base: { type: 'Parameter', name: scan.param }, expr: scan.filter },
        { ...options, params: { ...params, [scan.param]: docs } },
      ),
    )
    // groq-js hands back the very objects it was given, so identity tells which passed.
    return Array.isArray(kept) ? new Set<unknown>(kept) : null
  } catch {
    return null
  }
}

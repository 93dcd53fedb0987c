import { evaluateSync, toJS, type EvaluateOptions } from 'groq-js'
import type { SanityDocument } from './dataset'
import { readPath, subsetOf, type Subset, type View } from './doc-index'
import type { Condition, Operand } from './groq-conditions'
import type { Scan } from './query-plan'

/**
 * The documents a scan hands to groq-js: a superset of those its filter keeps, in dataset
 * order. groq-js evaluates the whole filter on them, so the query result does not change.
 */
export function scanCandidates(
  scan: Scan,
  view: View,
  params: Record<string, unknown>,
  options: EvaluateOptions & { timestamp: Date },
): SanityDocument[] {
  const subset = subsetOf(view, scan.types)
  let best: ArrayLike<number> | null = null
  for (const { condition, unlessNull } of scan.constraints) {
    if (unlessNull !== undefined && params[unlessNull] === null) continue
    const narrowed = narrow(subset, condition, params, options.timestamp)
    if (narrowed && narrowed.length < (best?.length ?? subset.docs.length)) best = narrowed
  }
  if (scan.top) {
    const first = firstInOrder(scan, subset, best, params, options)
    if (first) return first
  }
  return best ? subset.pick(best) : subset.docs
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

function narrow(
  subset: Subset,
  condition: Condition,
  params: Record<string, unknown>,
  now: Date,
): ArrayLike<number> | null {
  const value = resolve(condition.operand, params, now)
  // Only strings are indexed; any other operand leaves the candidates as they are.
  if (typeof value !== 'string') return null
  if (condition.kind === 'equals') return subset.equal(condition.path, value)
  if (condition.kind === 'references') return subset.referrers(value)
  const instant = Date.parse(value)
  if (Number.isNaN(instant)) return null
  return subset.timeRange(condition.path, condition.op, instant)
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
    const passed = passing(scan, subset.pick(chunk), params, options)
    if (!passed) return null
    for (const candidate of chunk) {
      const doc = subset.docs[candidate]
      const key = readPath(doc, top.path)
      if (lastKey !== undefined && key !== lastKey) return subset.pick(kept.sort((a, b) => a - b))
      if (!doc || !passed.has(doc)) continue
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

import { evaluateSync, toJS, type EvaluateOptions } from 'groq-js'
import type { SanityDocument } from './dataset'
import type { Subset } from './doc-index'
import { readPath } from './doc-values'
import type { Scan } from './query-plan'

/**
 * For `*[filter] | order(key)[0...n]`: walks the candidates in key order, keeps the first
 * `n` that pass the filter and every further one tied with the last, and returns those in
 * dataset order; groq-js then orders and slices them exactly as it would the full set.
 * String keys are compared by code unit, as GROQ does; null means "not applicable here",
 * and the caller hands over all candidates.
 */
export function firstInOrder(
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

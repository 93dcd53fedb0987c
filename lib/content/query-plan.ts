import type { ExprNode, FilterNode } from 'groq-js'
import {
  attributePath,
  condition,
  conjuncts,
  correlated,
  typesOf,
  type Condition,
  type Correlated,
  type Outer,
} from './groq-conditions'

/**
 * Finds the document scans (`*[filter]`) in a parsed query and what their filters promise:
 * a document type, an attribute equal to a value, a date before or after another. The local
 * backend uses these promises to hand groq-js a small superset of the matching documents
 * instead of the whole dataset; groq-js still evaluates the full filter, so results are
 * exactly those of a plain scan.
 */

export type Constraint = { condition: Condition }

export type Scan = {
  /** The parameter that stands in for `*` in the rewritten tree. */
  param: string
  types: string[] | null
  constraints: Constraint[]
  filter: ExprNode
  /** The filter needs nothing outside the document itself (no `^`, no nested `*`). */
  closed: boolean
  /** `| order(path)[0...count]`: only the first `count` in that order are needed. */
  top?: { path: string[]; descending: boolean; count: number }
  /** A condition on an enclosing document, looked up as the scan runs (see `correlatedBase`). */
  correlated?: Correlated
  /**
   * Every part of the filter is one the indexes answer exactly; when they do for the
   * parameters at hand, `exactParam` is true and groq-js skips testing each document.
   */
  exact: boolean
}

export const scanParam = (n: number) => `scan#${n}`
export const exactParam = (n: number) => `exact#${n}`
/** Reference ids that stand for "documents of scan n matching key"; no real id has a NUL. */
export const correlatedPrefix = '\u0000scan:'

function isNode(value: unknown): value is ExprNode {
  return typeof value === 'object' && value !== null && 'type' in value
}

function children(node: object): unknown[] {
  return Object.values(node).flatMap((value) => (Array.isArray(value) ? value : [value]))
}

function contains(node: unknown, types: readonly string[]): boolean {
  if (!isNode(node)) return false
  if (types.includes(node.type)) return true
  return children(node).some((child) => contains(child, types))
}

function describeFilter(node: FilterNode, param: string): Scan {
  let types: string[] | null = null
  let linked: Correlated | undefined
  const constraints: Constraint[] = []
  let exact = true
  for (const part of conjuncts(node.expr)) {
    linked ??= correlated(part) ?? undefined
    const found = typesOf(part)
    if (found) {
      types = types ? types.filter((t) => found.includes(t)) : found
      continue
    }
    const plain = condition(part)
    if (plain) constraints.push({ condition: plain })
    else exact = false
  }
  const closed = !contains(node.expr, ['Parent', 'Everything'])
  exact &&= !linked && closed
  return { param, types, constraints, filter: node.expr, closed, correlated: linked, exact }
}

function orderTop(node: ExprNode, count: number): { filter: FilterNode; top: Scan['top'] } | null {
  if (node.type !== 'PipeFuncCall' || node.name !== 'order' || count < 0) return null
  if (node.base.type !== 'Filter' || node.base.base.type !== 'Everything') return null
  const first = node.args[0]
  if (!first || node.args.some((arg) => contains(arg, ['Parent', 'Everything']))) return null
  const descending = first.type === 'Desc'
  const key = first.type === 'Desc' || first.type === 'Asc' ? first.base : first
  const path = attributePath(key)
  if (!path || path.length === 0) return null
  return { filter: node.base, top: { path, descending, count } }
}

/** Rewrites `tree` in place: every `*[...]` scan reads a parameter named in the result. */
export function planScans(tree: ExprNode): Scan[] {
  const scans: Scan[] = []
  const tops = new Map<FilterNode, Scan['top']>()
  const visit = (value: unknown): void => {
    if (!isNode(value)) return
    if (value.type === 'Slice' && value.left >= 0 && value.right >= 0) {
      const found = orderTop(value.base, value.isInclusive ? value.right + 1 : value.right)
      if (found) tops.set(found.filter, found.top)
    }
    if (value.type === 'AccessElement' && value.index >= 0) {
      const found = orderTop(value.base, value.index + 1)
      if (found) tops.set(found.filter, found.top)
    }
    if (value.type === 'Filter' && value.base.type === 'Everything') {
      const n = scans.length
      const scan = describeFilter(value, scanParam(n))
      const top = tops.get(value)
      scans.push(top && scan.closed ? { ...scan, top } : scan)
      value.base = scan.correlated
        ? correlatedBase(n, scan.correlated.operand)
        : { type: 'Parameter', name: scan.param }
      if (scan.exact) {
        // select() looks at its fallback only when the indexes could not answer exactly.
        value.expr = {
          type: 'Select',
          alternatives: [
            {
              type: 'SelectAlternative',
              condition: { type: 'Parameter', name: exactParam(n) },
              value: { type: 'Value', value: true },
            },
          ],
          fallback: value.expr,
        }
      }
    }
    children(value).forEach(visit)
  }
  visit(tree)
  return scans
}

/**
 * `coalesce(("<prefix>n:" + <outer value>)->docs, $scan#n)`: the dereference hook of the
 * local backend answers such ids with the documents of scan n that match the outer value.
 * If the outer value is not a string, the concatenation is null and all the scan's
 * documents are used, so the filter decides exactly as before.
 */
function correlatedBase(n: number, operand: Outer): ExprNode {
  const id: ExprNode = {
    type: 'OpCall',
    op: '+',
    left: { type: 'Value', value: `${correlatedPrefix}${n}:` },
    right: operand.node,
  }
  const lookup: ExprNode = {
    type: 'AccessAttribute',
    name: 'docs',
    base: {
      type: 'Deref',
      base: {
        type: 'Object',
        attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: id }],
      },
    },
  }
  return {
    type: 'FuncCall',
    namespace: 'global',
    name: 'coalesce',
    args: [lookup, { type: 'Parameter', name: scanParam(n) }],
  }
}

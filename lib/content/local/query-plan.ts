import type { ExprNode, FilterNode } from 'groq-js'
import { children, isNode } from './expr-node'
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
  /** Further conditions on the same outer value (`references(^._id) && ^._id in refs[]._ref`). */
  alsoCorrelated: Correlated[]
  /**
   * Every part of the filter is one the indexes answer exactly; when they do for the
   * parameters at hand, `exactParam` is true and groq-js skips testing each document.
   */
  exact: boolean
  /** The same for a correlated scan: its link and every other part are index lookups. */
  linkedExact: boolean
}

export const scanParam = (n: number) => `scan#${n}`
export const exactParam = (n: number) => `exact#${n}`
/** Reference ids that stand for "documents of scan n matching key"; no real id has a NUL. */
export const correlatedPrefix = '\u0000scan:'

function contains(node: unknown, types: readonly string[]): boolean {
  if (!isNode(node)) return false
  if (types.includes(node.type)) return true
  return children(node).some((child) => contains(child, types))
}

function describeFilter(node: FilterNode, param: string): Scan {
  let types: string[] | null = null
  let linked: Correlated | undefined
  const also: Correlated[] = []
  const constraints: Constraint[] = []
  let exact = true
  for (const part of conjuncts(node.expr)) {
    const link = correlated(part)
    if (link && !linked) {
      linked = link
      continue
    }
    if (link && JSON.stringify(link.operand) === JSON.stringify(linked?.operand)) {
      also.push(link)
      continue
    }
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
  // Conditions never read `^`: with the link set apart, the indexes answer every part.
  const linkedExact = exact && !!linked
  exact &&= !linked && closed
  const filter = node.expr
  const correlation = { correlated: linked, alsoCorrelated: also }
  return { param, types, constraints, filter, closed, ...correlation, exact, linkedExact }
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

/**
 * Rewrites `tree` in place: every `*[...]` scan reads a parameter named in the result. A
 * correlated scan the indexes answer exactly becomes `coalesce(<exact matches>, *[...])`,
 * so groq-js tests nothing when the lookup can tell (see `correlatedLookup`).
 */
export function planScans(tree: ExprNode): Scan[] {
  const scans: Scan[] = []
  const tops = new Map<FilterNode, Scan['top']>()
  const visit = (value: unknown): unknown => {
    if (!isNode(value)) return value
    if (value.type === 'Slice' && value.left >= 0 && value.right >= 0) {
      const found = orderTop(value.base, value.isInclusive ? value.right + 1 : value.right)
      if (found) tops.set(found.filter, found.top)
    }
    if (value.type === 'AccessElement' && value.index >= 0) {
      const found = orderTop(value.base, value.index + 1)
      if (found) tops.set(found.filter, found.top)
    }
    let result: ExprNode = value
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
      if (scan.correlated && scan.linkedExact) {
        const exact = correlatedLookup(n, scan.correlated.operand, 'exact')
        result = { type: 'FuncCall', namespace: 'global', name: 'coalesce', args: [exact, value] }
      }
    }
    for (const [key, child] of Object.entries(value)) {
      if (Array.isArray(child)) Reflect.set(value, key, child.map(visit))
      else if (isNode(child)) Reflect.set(value, key, visit(child))
    }
    return result
  }
  visit(tree)
  return scans
}

/**
 * `("<prefix>n:" + <outer value>)->attribute`: the dereference hook of the local backend
 * answers such ids with `{ docs, exact }` for the outer value: `docs` the scan's candidates
 * that hold it, `exact` the same when they are exactly the matches. If the outer value is
 * not a string, the concatenation is null and so is the lookup.
 */
function correlatedLookup(n: number, operand: Outer, attribute: 'docs' | 'exact'): ExprNode {
  const id: ExprNode = {
    type: 'OpCall',
    op: '+',
    left: { type: 'Value', value: `${correlatedPrefix}${n}:` },
    right: operand.node,
  }
  return {
    type: 'AccessAttribute',
    name: attribute,
    base: {
      type: 'Deref',
      base: {
        type: 'Object',
        attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: id }],
      },
    },
  }
}

/** `coalesce(<candidates for the outer value>, $scan#n)`: all candidates when it is unknown. */
function correlatedBase(n: number, operand: Outer): ExprNode {
  return {
    type: 'FuncCall',
    namespace: 'global',
    name: 'coalesce',
    args: [correlatedLookup(n, operand, 'docs'), { type: 'Parameter', name: scanParam(n) }],
  }
}

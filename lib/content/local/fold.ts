import { evaluateSync, toJS, type ExprNode } from 'groq-js'
import { children, isNode } from './expr-node'

/**
 * Optional filters are written `($topic == null || $topic in topics[]._ref)`: one query text
 * for every combination of parameters. groq-js evaluates both sides of `||` and `&&` for
 * every document, even when the parameters alone decide. This folds such parameter-only
 * parts of a filter before the query runs, so an unused filter costs nothing and a used one
 * becomes a plain condition the indexes understand.
 *
 * Only the parts of a filter whose value matters as "true or not" are folded (the chain of
 * `&&`, `||` and parentheses under `*[...]`); there `null` and `false` mean the same.
 */
const pureFunctions = new Set(['defined', 'coalesce', 'lower', 'upper', 'count', 'length'])
const pureTypes = new Set([
  'Parameter',
  'Value',
  'OpCall',
  'And',
  'Or',
  'Not',
  'Group',
  'Array',
  'ArrayElement',
])

/**
 * Made of parameters and constants only. A query whose slices need parameters at parse
 * time has all its parameters written in as constants, so constants count as well.
 */
function parameterOnly(node: ExprNode): boolean {
  const pure = (value: unknown): boolean => {
    if (!isNode(value)) return true
    const allowed =
      pureTypes.has(value.type) ||
      (value.type === 'FuncCall' && value.namespace === 'global' && pureFunctions.has(value.name))
    return allowed && children(value).every(pure)
  }
  return node.type !== 'Value' && pure(node)
}

function truthChain(node: ExprNode, found: ExprNode[]): void {
  if (parameterOnly(node)) found.push(node)
  else if (node.type === 'And' || node.type === 'Or') {
    truthChain(node.left, found)
    truthChain(node.right, found)
  } else if (node.type === 'Group') truthChain(node.base, found)
}

/** The parameter-only parts of every filter in the tree, in a stable order. */
export function findGuards(tree: ExprNode): ExprNode[] {
  const found: ExprNode[] = []
  const visit = (value: unknown): void => {
    if (!isNode(value)) return
    if (value.type === 'Filter') truthChain(value.expr, found)
    children(value).forEach(visit)
  }
  visit(tree)
  return found
}

export function guardValues(guards: ExprNode[], params: Record<string, unknown>): unknown[] {
  return guards.map((guard) => {
    try {
      return toJS(evaluateSync(guard, { params })) === true
    } catch {
      return undefined
    }
  })
}

type Folded = ExprNode | boolean

/** A copy of the tree with each guard replaced by its value and the filters simplified. */
export function fold(tree: ExprNode, guards: ExprNode[], values: unknown[]): ExprNode {
  const known = new Map<ExprNode, boolean>()
  guards.forEach((guard, i) => {
    if (typeof values[i] === 'boolean') known.set(guard, values[i])
  })
  const condition = (node: ExprNode): Folded => {
    const value = known.get(node)
    if (value !== undefined) return value
    if (node.type === 'And' || node.type === 'Or') {
      const left = condition(node.left)
      const right = condition(node.right)
      const decisive = node.type === 'Or'
      if (typeof left === 'boolean') return left === decisive ? decisive : right
      if (typeof right === 'boolean') return right === decisive ? decisive : left
      return { ...node, left, right }
    }
    if (node.type === 'Group') {
      const base = condition(node.base)
      return typeof base === 'boolean' ? base : { ...node, base }
    }
    return copy(node)
  }
  const copy = (node: ExprNode): ExprNode => {
    if (node.type === 'Filter') {
      const expr = condition(node.expr)
      return {
        ...node,
        base: copy(node.base),
        expr: typeof expr === 'boolean' ? { type: 'Value', value: expr } : expr,
      }
    }
    const result: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(node)) {
      result[key] = Array.isArray(value)
        ? value.map((item: unknown) => (isNode(item) ? copy(item) : item))
        : isNode(value)
          ? copy(value)
          : value
    }
    return isNode(result) ? result : node
  }
  return copy(tree)
}

import type { ExprNode } from 'groq-js'
import { textParams } from './groq-text'

/**
 * Recognises the GROQ conditions the local backend can look up in an index instead of
 * testing every document: `_type == "x"`, `a.b == $p`, `dateTime(a) < dateTime(now())`,
 * `references($id)`, `x in $list`, `$id in refs[]._ref`, `text match $pattern`, `a || b` of
 * such conditions, and the same against an enclosing document (`^._id`).
 */
export type Operand =
  { kind: 'value'; value: unknown } | { kind: 'param'; name: string } | { kind: 'now' }

/** A value read from an enclosing scope (`^._id`): known only while the query runs. */
export type Outer = { kind: 'outer'; node: ExprNode }

type Compare = '<' | '<=' | '>' | '>='

export type Condition =
  | { kind: 'equals'; path: string[]; operand: Operand }
  /** `dateTime(path) op dateTime(operand)` */
  | { kind: 'time'; path: string[]; op: Compare; operand: Operand }
  /** `dateTime(path) op dateTime(other)`, two attributes of the same document */
  | { kind: 'timePair'; path: string[]; op: Compare; other: string[] }
  | { kind: 'references'; operand: Operand }
  | { kind: 'defined'; path: string[] }
  /** `path in operand` */
  | { kind: 'oneOf'; path: string[]; operand: Operand }
  /** `operand in path[].attr` */
  | { kind: 'contains'; path: string[]; attr: string[]; operand: Operand }
  /** `text match operand`; `key` names the text, `params` are those the text reads. */
  | { kind: 'match'; text: ExprNode; key: string; params: string[]; operand: Operand }
  /** `a || b` */
  | { kind: 'either'; of: Condition[] }

export type Correlated =
  | { kind: 'equals'; path: string[]; operand: Outer }
  | { kind: 'references'; operand: Outer }
  | { kind: 'contains'; path: string[]; attr: string[]; operand: Outer }

/** `a.b.c` read from the document itself, as a list of names; null for anything else. */
export function attributePath(node: ExprNode): string[] | null {
  if (node.type === 'This') return []
  if (node.type !== 'AccessAttribute') return null
  const base = node.base ? attributePath(node.base) : []
  return base ? [...base, node.name] : null
}

export function operand(node: ExprNode): Operand | null {
  if (node.type === 'Value') return { kind: 'value', value: node.value }
  if (node.type === 'Parameter') return { kind: 'param', name: node.name }
  return null
}

/** `^._id`, `^.^.x.y`: an attribute of an enclosing scope, as seen from inside the filter. */
function outer(node: ExprNode): Outer | null {
  let current = node
  const names: string[] = []
  while (current.type === 'AccessAttribute' && current.base) {
    names.unshift(current.name)
    current = current.base
  }
  if (current.type !== 'Parent' || current.n < 1 || names.length === 0) return null
  // The filter's base is evaluated one scope further out than its condition: `^` becomes `@`.
  let base: ExprNode = current.n === 1 ? { type: 'This' } : { type: 'Parent', n: current.n - 1 }
  for (const name of names) base = { type: 'AccessAttribute', base, name }
  return { kind: 'outer', node: base }
}

function dateTimeArg(node: ExprNode): ExprNode | null {
  if (node.type !== 'FuncCall' || node.namespace !== 'global' || node.name !== 'dateTime')
    return null
  return node.args.length === 1 ? (node.args[0] ?? null) : null
}

function timeOperand(node: ExprNode): Operand | null {
  const inner = dateTimeArg(node)
  if (!inner) return null
  if (inner.type === 'FuncCall' && inner.name === 'now' && inner.args.length === 0)
    return { kind: 'now' }
  return operand(inner)
}

const flipped = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as const

function referencesArg(node: ExprNode): ExprNode | null {
  if (node.type !== 'FuncCall' || node.namespace !== 'global' || node.name !== 'references')
    return null
  return node.args.length === 1 ? (node.args[0] ?? null) : null
}

/**
 * A condition on an enclosing document's value, answered per value from an index:
 * `references(^._id)`, `path == ^._id` and `^._id in path[].attr`. The last two need no
 * `references(^._id)` beside them: their indexes are keyed by the field's own value
 * (`series._ref`, `organisers[]._ref`), so each is a point-back lookup by itself, and an
 * exact one, where `references()` would also count the id in any other field.
 */
export function correlated(node: ExprNode): Correlated | null {
  if (node.type === 'Group') return correlated(node.base)
  const referenced = referencesArg(node)
  const referencedOuter = referenced && outer(referenced)
  if (referencedOuter) return { kind: 'references', operand: referencedOuter }
  if (node.type === 'OpCall' && node.op === 'in') {
    const value = outer(node.left)
    const list = arrayOf(node.right)
    return value && list ? { kind: 'contains', ...list, operand: value } : null
  }
  if (node.type !== 'OpCall' || node.op !== '==') return null
  for (const [left, right] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const path = attributePath(left)
    const value = outer(right)
    if (path && path.length > 0 && value) return { kind: 'equals', path, operand: value }
  }
  return null
}

export function condition(node: ExprNode): Condition | null {
  if (node.type === 'Group') return condition(node.base)
  if (node.type === 'FuncCall' && node.namespace === 'global' && node.name === 'defined') {
    const path = node.args.length === 1 && node.args[0] ? attributePath(node.args[0]) : null
    return path && path.length > 0 ? { kind: 'defined', path } : null
  }
  const referenced = referencesArg(node)
  const referencedValue = referenced && operand(referenced)
  if (referencedValue) return { kind: 'references', operand: referencedValue }
  if (node.type === 'Or') {
    const left = condition(node.left)
    const right = condition(node.right)
    return left && right ? { kind: 'either', of: [left, right] } : null
  }
  if (node.type !== 'OpCall') return null
  if (node.op === 'in') return membership(node.left, node.right)
  if (node.op === 'match') {
    const params = textParams(node.left)
    const pattern = operand(node.right)
    if (!params || !pattern) return null
    return {
      kind: 'match',
      text: node.left,
      key: JSON.stringify(node.left),
      params,
      operand: pattern,
    }
  }
  if (node.op === '==') {
    for (const [left, right] of [
      [node.left, node.right],
      [node.right, node.left],
    ] as const) {
      const path = attributePath(left)
      const value = operand(right)
      if (path && path.length > 0 && value) return { kind: 'equals', path, operand: value }
    }
    return null
  }
  if (node.op === '<' || node.op === '<=' || node.op === '>' || node.op === '>=') {
    const leftArg = dateTimeArg(node.left)
    const leftPath = leftArg && attributePath(leftArg)
    const rightValue = timeOperand(node.right)
    if (leftPath && leftPath.length > 0 && rightValue)
      return { kind: 'time', path: leftPath, op: node.op, operand: rightValue }
    const rightArg = dateTimeArg(node.right)
    const rightPath = rightArg && attributePath(rightArg)
    const leftValue = timeOperand(node.left)
    if (rightPath && rightPath.length > 0 && leftValue)
      return { kind: 'time', path: rightPath, op: flipped[node.op], operand: leftValue }
    if (leftPath && leftPath.length > 0 && rightPath && rightPath.length > 0)
      return { kind: 'timePair', path: leftPath, op: node.op, other: rightPath }
  }
  return null
}

/** `path in $list` or `$value in path[].attr` (the array form of `references()`). */
function membership(left: ExprNode, right: ExprNode): Condition | null {
  const path = attributePath(left)
  const list = operand(right)
  if (path && path.length > 0 && list) return { kind: 'oneOf', path, operand: list }
  const value = operand(left)
  const found = arrayOf(right)
  return value && found ? { kind: 'contains', ...found, operand: value } : null
}

/** `path[].attr`: an attribute of every element of an array attribute. */
function arrayOf(node: ExprNode): { path: string[]; attr: string[] } | null {
  if (node.type !== 'Map' || node.base.type !== 'ArrayCoerce') return null
  const path = attributePath(node.base.base)
  const attr = attributePath(node.expr)
  return path && path.length > 0 && attr && attr.length > 0 ? { path, attr } : null
}

export function conjuncts(node: ExprNode): ExprNode[] {
  if (node.type === 'And') return [...conjuncts(node.left), ...conjuncts(node.right)]
  if (node.type === 'Group') return conjuncts(node.base)
  return [node]
}

export function typesOf(node: ExprNode): string[] | null {
  if (node.type !== 'OpCall') return null
  const path = (side: ExprNode) => attributePath(side)?.join('.') === '_type'
  if (node.op === '==' && path(node.left) && node.right.type === 'Value')
    return typeof node.right.value === 'string' ? [node.right.value] : null
  if (node.op === '==' && path(node.right) && node.left.type === 'Value')
    return typeof node.left.value === 'string' ? [node.left.value] : null
  if (node.op === 'in' && path(node.left) && node.right.type === 'Array') {
    const values = node.right.elements.map((e) => (e.value.type === 'Value' ? e.value.value : null))
    return values.every((v): v is string => typeof v === 'string') ? values : null
  }
  return null
}

import type { ExprNode } from 'groq-js'

/** A node of groq-js's parsed query tree (as opposed to a value inside one). */
export function isNode(value: unknown): value is ExprNode {
  return typeof value === 'object' && value !== null && 'type' in value
}

/** The values directly below a node, with arrays opened: the places its child nodes stand. */
export function children(node: object): unknown[] {
  return Object.values(node).flatMap((value) => (Array.isArray(value) ? value : [value]))
}

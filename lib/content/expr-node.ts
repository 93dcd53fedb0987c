import type { ExprNode } from 'groq-js'

/** A node of groq-js's parsed query tree (as opposed to a value inside one). */
export function isNode(value: unknown): value is ExprNode {
  return typeof value === 'object' && value !== null && 'type' in value
}

import type { ExprNode } from 'groq-js'
import { isNode } from './expr-node'

/**
 * Whether the text side of a `match` can be indexed: it must give the same value for a
 * document every time the dataset view and the parameters are the same. So no `^`, no
 * nested `*[...]`, no `now()` and nothing else that depends on when or where it runs;
 * references (`->`) are fine because a view never changes.
 */
const pureNodes = new Set([
  'This',
  'AccessAttribute',
  'AccessElement',
  'Slice',
  'ArrayCoerce',
  'Map',
  'FlatMap',
  'Filter',
  'Projection',
  'Object',
  'ObjectAttributeValue',
  'ObjectSplat',
  'ObjectConditionalSplat',
  'Deref',
  'Group',
  'Array',
  'ArrayElement',
  'Value',
  'Parameter',
  'OpCall',
  'And',
  'Or',
  'Not',
  'Neg',
  'Pos',
  'Select',
  'SelectAlternative',
])
const pureFunctions = new Set([
  'coalesce',
  'lower',
  'upper',
  'defined',
  'string',
  'length',
  'count',
])

function pure(value: unknown, params: Set<string>): boolean {
  if (Array.isArray(value)) return value.every((item) => pure(item, params))
  if (!isNode(value)) return true
  const allowed =
    pureNodes.has(value.type) ||
    (value.type === 'FuncCall' && value.namespace === 'global' && pureFunctions.has(value.name))
  if (!allowed) return false
  if (value.type === 'Parameter') params.add(value.name)
  return Object.values(value).every((child) => pure(child, params))
}

/** The parameters an indexable text reads, or null if its value may vary between runs. */
export function textParams(node: ExprNode): string[] | null {
  const params = new Set<string>()
  return pure(node, params) ? [...params].sort() : null
}

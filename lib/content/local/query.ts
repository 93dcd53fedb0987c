import { evaluate, evaluateSync, parse, toJS, type EvaluateOptions, type ExprNode } from 'groq-js'
import { loadDataset, type Dataset } from './dataset'
import type { View } from './doc-index'
import { perspectiveView } from './perspective-view'
import type { Perspective } from '../perspective'
import { findGuards, fold, guardValues } from './fold'
import { correlatedPrefix, exactParam, planScans, type Scan } from './query-plan'
import { correlatedCandidates, scanCandidates } from './scan'
import { MissingParameterError, QueryParseError } from './errors'

/**
 * The embedded backend: GROQ over the bundled dataset with groq-js, behaving like the
 * Content Lake where the site depends on it (perspectives, references, parameters).
 */
type Plan = { tree: ExprNode; scans: Scan[] }
type Parsed = { tree: ExprNode; params: string[]; guards: ExprNode[]; plans: Map<string, Plan> }
const parsed = new Map<string, Parsed>()
const parsedLimit = 1000

/**
 * Parses a query once. Some parameters change the parse itself, so for those the tree is
 * parsed with their values, once per set of values: `title[$locale]` is the attribute named
 * by the string (the Content Lake's reading), but a filter when the parser cannot see the
 * value; and slice bounds such as `[0...$limit]` must be constant numbers.
 */
function compile(query: string, params: Record<string, unknown>): Parsed {
  const plain = parsed.get(query)
  if (plain) return plain
  const inBrackets = bracketParams(query)
  const parseParams = Object.fromEntries(
    inBrackets.filter((name) => name in params).map((name) => [name, params[name]]),
  )
  const bracketKey = inBrackets.length > 0 ? `${query}\n${JSON.stringify(parseParams)}` : query
  const cached = parsed.get(bracketKey) ?? parsed.get(`${query}\n${JSON.stringify(params)}`)
  if (cached) return cached
  let entry: Parsed
  let cacheKey = bracketKey
  try {
    entry = describeTree(parse(query, inBrackets.length > 0 ? { params: parseParams } : {}))
  } catch (error) {
    if (!(error instanceof Error) || !/slicing must use constant numbers/.test(error.message))
      throw QueryParseError.from(error)
    const named = [...query.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1] ?? '')
    const missing = [...new Set(named)].filter((name) => !(name in params))
    if (missing.length > 0) throw new MissingParameterError(missing, query)
    try {
      entry = describeTree(parse(query, { params }))
    } catch (withParamsError) {
      throw QueryParseError.from(withParamsError)
    }
    cacheKey = `${query}\n${JSON.stringify(params)}`
  }
  if (parsed.size >= parsedLimit) parsed.clear()
  parsed.set(cacheKey, entry)
  return entry
}

/** Parameters used alone inside brackets (`field[$locale]`), whose value decides the parse. */
function bracketParams(query: string): string[] {
  const names = [...query.matchAll(/\[\s*\$([A-Za-z_]\w*)\s*\]/g)].map((match) => match[1] ?? '')
  return [...new Set(names)]
}

function describeTree(tree: ExprNode): Parsed {
  return { tree, params: [...parameterNames(tree)], guards: findGuards(tree), plans: new Map() }
}

/**
 * The tree to evaluate for these parameters: parameter-only parts of filters folded away,
 * scans rewritten to read their candidates. One plan per combination of guard values.
 */
function planFor(entry: Parsed, params: Record<string, unknown>): Plan {
  const values = guardValues(entry.guards, params)
  const key = JSON.stringify(values)
  let plan = entry.plans.get(key)
  if (!plan) {
    // Without guards the parsed tree itself is rewritten, once.
    const tree = entry.guards.length > 0 ? fold(entry.tree, entry.guards, values) : entry.tree
    plan = { tree, scans: planScans(tree) }
    if (entry.plans.size >= 64) entry.plans.clear()
    entry.plans.set(key, plan)
  }
  return plan
}

function parameterNames(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((child) => parameterNames(child, found))
  else if (typeof node === 'object' && node !== null) {
    if (
      'type' in node &&
      node.type === 'Parameter' &&
      'name' in node &&
      typeof node.name === 'string'
    ) {
      found.add(node.name)
    }
    Object.values(node).forEach((child) => parameterNames(child, found))
  }
  return found
}

export type LocalQueryOptions = { perspective?: Perspective; now?: Date; dataset?: Dataset }

type Evaluation = EvaluateOptions & { params: Record<string, unknown>; timestamp: Date }

/** Answers the ids `correlatedLookup` builds: `<prefix><scan>:<value>`. */
function correlated(scans: Scan[], view: View, ref: string, evaluation: Evaluation) {
  const rest = ref.slice(correlatedPrefix.length)
  const colon = rest.indexOf(':')
  const scan = scans[Number(rest.slice(0, colon))]
  const value = rest.slice(colon + 1)
  return scan ? correlatedCandidates(scan, view, value, evaluation.params, evaluation) : undefined
}

export async function queryLocal(
  query: string,
  params: Record<string, unknown> = {},
  options: LocalQueryOptions = {},
): Promise<unknown> {
  const entry = compile(query, params)
  const missing = entry.params.filter((name) => !(name in params))
  if (missing.length > 0) throw new MissingParameterError(missing, query)
  const { tree, scans } = planFor(entry, params)
  const dataset = options.dataset ?? loadDataset()
  const view = perspectiveView(dataset, options.perspective ?? 'published')
  // A scan's `{ docs, exact }` for one outer value is asked for twice in a row (exact
  // matches first, candidates to filter if there are none): the last answer is kept.
  let last: { ref: string; found: ReturnType<typeof correlated> } | undefined
  const context: Evaluation = {
    dataset: view.documents,
    params,
    timestamp: options.now ?? new Date(),
    dereference: ({ _ref }: { _ref: string }) => {
      if (!_ref.startsWith(correlatedPrefix)) return view.byId.get(_ref)
      if (last?.ref !== _ref) last = { ref: _ref, found: correlated(scans, view, _ref, context) }
      return last.found
    },
  }
  const scanned: Record<string, unknown> = { ...params }
  scans.forEach((scan, n) => {
    const { docs, exact } = scanCandidates(scan, view, params, context)
    scanned[scan.param] = docs
    scanned[exactParam(n)] = exact
  })
  const evaluation = { ...context, params: scanned }
  try {
    // Most queries run synchronously, several times faster than groq-js's async streams;
    // the async evaluator remains for anything the synchronous one does not support.
    return toJS(evaluateSync(tree, evaluation))
  } catch {
    const result = await evaluate(tree, evaluation)
    return result.get()
  }
}

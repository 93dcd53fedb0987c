import { EditError, formatPath, parsePath, type FieldPath, type Segment } from './path'

/** Field edits for the local publish command: `path=text`, `path:=json`, and unsets. */
export type Edit =
  { kind: 'set'; path: FieldPath; value: unknown } | { kind: 'unset'; path: FieldPath }

export type Document = { _id: string; _type: string; [field: string]: unknown }

/** The Content Lake sets these itself; an edit may not. */
const managedFields = new Set(['_id', '_type', '_rev', '_createdAt', '_updatedAt'])

/** `title.en=Some text` sets a string; `capacity:=120` or `tags:=["a"]` sets a JSON value. */
export function parseAssignment(text: string): Edit {
  const at = assignmentOperator(text)
  if (at < 0) throw new EditError(`"${text}" is not an assignment (field.path=value)`)
  const json = at > 0 && text[at - 1] === ':'
  const path = parsePath(text.slice(0, json ? at - 1 : at))
  const raw = text.slice(at + 1)
  if (!json) return { kind: 'set', path, value: raw }
  try {
    return { kind: 'set', path, value: JSON.parse(raw) }
  } catch {
    throw new EditError(`The value of ${formatPath(path)} is not JSON: ${raw}`)
  }
}

/** The first `=` outside brackets, so `items[_key=="a"].x=1` splits after `.x`. */
function assignmentOperator(text: string): number {
  let depth = 0
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quote) {
      if (char === quote) quote = undefined
    } else if (char === '"' || char === "'") quote = depth > 0 ? char : undefined
    else if (char === '[') depth++
    else if (char === ']') depth--
    else if (char === '=' && depth === 0) return i
  }
  return -1
}

export function applyEdits(document: Document, edits: readonly Edit[]): Document {
  const result = structuredClone(document)
  for (const edit of edits) {
    const first = edit.path[0]
    if (typeof first === 'string' && managedFields.has(first)) {
      throw new EditError(`${first} is managed by the dataset and cannot be edited`)
    }
    if (edit.kind === 'set') setAt(result, edit.path, edit.value)
    else unsetAt(result, edit.path)
  }
  return result
}

type Container = Record<string, unknown> | unknown[]

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function childOf(container: Container, segment: Segment, path: FieldPath): unknown {
  if (typeof segment === 'string') {
    if (!isRecord(container)) throw new EditError(`${formatPath(path)}: not an object`)
    return container[segment]
  }
  if (!Array.isArray(container)) throw new EditError(`${formatPath(path)}: not a list`)
  return typeof segment === 'number'
    ? container[segment]
    : container.find((item) => isRecord(item) && item._key === segment._key)
}

/** Walks to the container of the last segment, creating objects along named fields. */
function parentOf(root: Document, path: FieldPath): Container {
  let container: Container = root
  for (let i = 0; i < path.length - 1; i++) {
    const segment = path[i]
    if (segment === undefined) break
    let child = childOf(container, segment, path.slice(0, i + 1))
    if (child === undefined || child === null) {
      if (typeof segment !== 'string' || !isRecord(container)) {
        throw new EditError(`${formatPath(path.slice(0, i + 1))} does not exist`)
      }
      child = typeof path[i + 1] === 'string' ? {} : []
      container[segment] = child
    }
    if (!isRecord(child) && !Array.isArray(child)) {
      throw new EditError(`${formatPath(path.slice(0, i + 1))} holds a value, not fields`)
    }
    container = child
  }
  return container
}

function setAt(root: Document, path: FieldPath, value: unknown): void {
  const container = parentOf(root, path)
  const last = lastSegment(path)
  if (typeof last === 'string') {
    if (!isRecord(container)) throw new EditError(`${formatPath(path)}: not an object`)
    container[last] = value
    return
  }
  if (!Array.isArray(container)) throw new EditError(`${formatPath(path)}: not a list`)
  const index = typeof last === 'number' ? last : keyIndex(container, last, path)
  if (index > container.length)
    throw new EditError(`${formatPath(path)} is past the end of the list`)
  // An item replaced by key keeps its key, so references to it stay valid.
  container[index] =
    typeof last === 'object' && isRecord(value) ? { _key: last._key, ...value } : value
}

function unsetAt(root: Document, path: FieldPath): void {
  const container = parentOf(root, path)
  const last = lastSegment(path)
  if (typeof last === 'string') {
    if (!isRecord(container) || !(last in container)) {
      throw new EditError(`${formatPath(path)} is not set`)
    }
    delete container[last]
    return
  }
  if (!Array.isArray(container)) throw new EditError(`${formatPath(path)}: not a list`)
  const index = typeof last === 'number' ? last : keyIndex(container, last, path)
  if (index >= container.length) throw new EditError(`${formatPath(path)} is not set`)
  container.splice(index, 1)
}

function lastSegment(path: FieldPath): Segment {
  const last = path.at(-1)
  if (last === undefined) throw new EditError('An empty field path')
  return last
}

function keyIndex(list: unknown[], segment: { _key: string }, path: FieldPath): number {
  const index = list.findIndex((item) => isRecord(item) && item._key === segment._key)
  if (index < 0) throw new EditError(`${formatPath(path)}: no item with that key`)
  return index
}

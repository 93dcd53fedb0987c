import { z } from 'zod'
import { applyEdits, type Document, type Edit } from './edit'
import { EditError } from './path'

/**
 * Publishing into a data.ndjson text: only the changed document's line is rewritten (or
 * removed, or appended), so every other line stays byte for byte as exported.
 */
export type Change =
  | { kind: 'update'; edits: readonly Edit[] }
  | { kind: 'create'; type: string; edits: readonly Edit[] }
  | { kind: 'delete' }

export type Published = { text: string; before?: Document; after?: Document }

const documentShape = z.looseObject({ _id: z.string().min(1), _type: z.string().min(1) })

function documentOn(line: string): Document | undefined {
  if (line.trim() === '') return undefined
  try {
    const parsed = documentShape.safeParse(JSON.parse(line))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** Every document in a data.ndjson text (lines that hold none are left out). */
export function documentsIn(text: string): Document[] {
  return text.split('\n').flatMap((line) => documentOn(line) ?? [])
}

/** The document with this id in a data.ndjson text, if there is one. */
export function findDocument(text: string, id: string): Document | undefined {
  for (const line of text.split('\n')) {
    const document = documentOn(line)
    if (document?._id === id) return document
  }
  return undefined
}

export function publishInto(
  text: string,
  id: string,
  change: Change,
  stamp: { now: Date; rev: string },
): Published {
  const lines = text.split('\n')
  const index = lines.findIndex((line) => documentOn(line)?._id === id)
  const before = index >= 0 ? documentOn(lines[index] ?? '') : undefined
  const after = nextVersion(before, id, change, stamp)
  if (after === before) return { text, before, after }
  if (after === undefined) lines.splice(index, 1)
  else if (index >= 0) lines[index] = JSON.stringify(after)
  else {
    const end = lines.length > 0 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length
    lines.splice(end, 0, JSON.stringify(after))
  }
  return { text: lines.join('\n'), before, after }
}

function nextVersion(
  before: Document | undefined,
  id: string,
  change: Change,
  stamp: { now: Date; rev: string },
): Document | undefined {
  const updatedAt = stamp.now.toISOString()
  if (change.kind === 'create') {
    if (before) throw new EditError(`${id} already exists; leave out --create to change it`)
    const base = { _id: id, _type: change.type, _createdAt: updatedAt }
    return { ...applyEdits(base, change.edits), _updatedAt: updatedAt, _rev: stamp.rev }
  }
  if (!before) {
    const hint = change.kind === 'update' ? '; add --create <type> to create it' : ''
    throw new EditError(`There is no document ${id}${hint}`)
  }
  if (change.kind === 'delete') return undefined
  // No edits: the document is sent to the site again as it is.
  if (change.edits.length === 0) return before
  return { ...applyEdits(before, change.edits), _updatedAt: updatedAt, _rev: stamp.rev }
}

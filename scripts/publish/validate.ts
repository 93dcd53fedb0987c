import type { SanityClient } from '@sanity/client'
import { evaluate, parse } from 'groq-js'
import type { Path, SchemaType, Workspace } from 'sanity'
import { installBrowserGlobals } from './browser-globals'
import type { Document } from './edit'
import { formatPath, type FieldPath, type Segment } from './path'

/**
 * The Studio's own validation for the local publish command: the workspace built from
 * sanity.config.ts, and Sanity's `validateDocument`, so an edit from the command line meets
 * exactly the rules (and reads exactly the messages) an editor meets in the Studio. Sanity
 * does not flag fields the schema does not have (the Studio shows them as "unknown fields"
 * and lets the editor remove them), so those are reported here as errors: a misspelt field
 * name would otherwise be written and silently ignored by the site.
 */
export type Problem = { level: 'error' | 'warning' | 'info'; path: string; message: string }

export type Validator = (
  document: Document,
  dataset: readonly Document[],
) => Promise<readonly Problem[]>

/** An edit the Studio would not publish; nothing was written. */
export class InvalidDocumentError extends Error {
  constructor(
    readonly id: string,
    readonly problems: readonly Problem[],
  ) {
    super(
      [
        `The Studio would not publish ${id} as edited:`,
        ...problems.map((problem) => `  ${problem.path}: ${problem.message}`),
      ].join('\n'),
    )
    this.name = 'InvalidDocumentError'
  }
}

const editor = { id: 'content-publish', name: 'content:publish', email: '', role: 'editor' }

/** Loads the Studio's schema and validation (a few seconds: the Studio's modules are big). */
export async function openValidator(): Promise<Validator> {
  installBrowserGlobals()
  const [{ createWorkspaceFromConfig, validateDocument }, { createClient }, config] =
    await Promise.all([
      import('sanity'),
      import('@sanity/client'),
      import('../../sanity.config').then((module) => module.default),
    ])
  // The workspace needs a client to be built; validation reads the local dataset instead,
  // so this one is never asked anything.
  const unused = createClient({
    projectId: 'local',
    dataset: 'local',
    apiVersion: '2025-02-19',
    useCdn: false,
  })
  const workspace = await createWorkspaceFromConfig({
    ...config,
    currentUser: { ...editor, roles: [] },
    getClient: () => unused,
  })
  return async (document, dataset) => {
    const published = new Set(dataset.map((item) => item._id).filter(isPublishedId))
    const markers = await validateDocument({
      workspace,
      document: { _createdAt: '', _updatedAt: '', _rev: '', ...document },
      // Custom rules that query (a slug no other document has) query the local dataset.
      getClient: () => datasetClient(dataset),
      // As in the Studio, a strong reference must point at a published document.
      getDocumentExists: async ({ id }) => published.has(id),
      environment: 'studio',
    })
    const problems: Problem[] = markers.map((marker) => ({
      level: marker.level,
      path: describePath(marker.path),
      message: marker.message,
    }))
    const type = workspace.schema.get(document._type)
    if (!type) {
      problems.push({
        level: 'error',
        path: '_type',
        message: `"${document._type}" is not a document type of this Studio.`,
      })
    } else unknownFields(type, document, [], problems)
    return problems
  }
}

/** Errors refuse the edit; warnings are printed and the edit is written, as in the Studio. */
export function refusing(problems: readonly Problem[]): readonly Problem[] {
  return problems.filter((problem) => problem.level === 'error')
}

function isPublishedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.')
}

/** What custom rules ask of `context.getClient()`: `withConfig` and `fetch`, on the dataset. */
function datasetClient(dataset: readonly Document[]): SanityClient {
  const client = {
    withConfig: () => client,
    fetch: async (query: string, params: Record<string, unknown> = {}) =>
      (await evaluate(parse(query), { dataset, params })).get(),
  }
  return client as unknown as SanityClient
}

function describePath(path: Path): string {
  if (path.length === 0) return '(document)'
  const segments: FieldPath = path.map((segment): Segment => {
    if (typeof segment === 'string' || typeof segment === 'number') return segment
    if ('_key' in segment) return { _key: segment._key }
    return `[${segment.join(':')}]`
  })
  return formatPath(segments)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function unknownFields(type: SchemaType, value: unknown, path: FieldPath, out: Problem[]): void {
  if (type.jsonType === 'object' && isRecord(value)) {
    const fields = new Map(type.fields.map((field) => [field.name, field.type]))
    for (const [name, child] of Object.entries(value)) {
      // `_type`, `_key`, `_ref` and the like belong to Sanity, not to the schema.
      if (name.startsWith('_')) continue
      const fieldType = fields.get(name)
      const at = [...path, name]
      if (fieldType) unknownFields(fieldType, child, at, out)
      else {
        const known = [...fields.keys()].join(', ')
        out.push({
          level: 'error',
          path: formatPath(at),
          message: `${type.title ?? type.name} has no field "${name}" (its fields: ${known}).`,
        })
      }
    }
    return
  }
  if (type.jsonType === 'array' && Array.isArray(value)) {
    value.forEach((item, index) => {
      const at = [
        ...path,
        isRecord(item) && typeof item._key === 'string' ? { _key: item._key } : index,
      ]
      const member = memberType(type.of, item)
      if (member) unknownFields(member, item, at, out)
      else if (isRecord(item)) {
        out.push({
          level: 'error',
          path: formatPath(at),
          message: `This list takes ${type.of.map((of) => `"${of.name}"`).join(' or ')} items, not "${String(item._type)}".`,
        })
      }
    })
  }
}

function memberType(of: readonly SchemaType[], item: unknown): SchemaType | undefined {
  if (!isRecord(item)) return of.find((member) => member.jsonType === typeof item)
  const objects = of.filter((member) => member.jsonType === 'object')
  if (typeof item._type !== 'string') return objects.length === 1 ? objects[0] : undefined
  return objects.find((member) => member.name === item._type)
}

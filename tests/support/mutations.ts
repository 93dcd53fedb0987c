import { z } from 'zod'
import { queryLocal, type Dataset, type SanityDocument } from '@/lib/content/local'

/**
 * The subset of the Content Lake's mutation API the Studio's preview secrets use:
 * create / createOrReplace / createIfNotExists, patch with set / setIfMissing / unset,
 * and delete by id or by query.
 */
const doc = z.looseObject({ _id: z.string(), _type: z.string() })
const patch = z.object({
  id: z.string(),
  set: z.record(z.string(), z.unknown()).optional(),
  setIfMissing: z.record(z.string(), z.unknown()).optional(),
  unset: z.array(z.string()).optional(),
})
const mutation = z.union([
  z.object({ create: doc }),
  z.object({ createOrReplace: doc }),
  z.object({ createIfNotExists: doc }),
  z.object({ patch }),
  z.object({ delete: z.union([z.object({ id: z.string() }), z.object({ query: z.string() })]) }),
])
export const mutationsBody = z.object({ mutations: z.array(mutation) })
type Mutation = z.infer<typeof mutation>

export async function applyMutations(
  documents: Map<string, SanityDocument>,
  mutations: Mutation[],
): Promise<{ id: string; operation: string }[]> {
  const now = new Date().toISOString()
  const stamp = (value: SanityDocument, created?: string): SanityDocument => ({
    ...value,
    _createdAt: created ?? now,
    _updatedAt: now,
    _rev: `rev-${Math.random().toString(36).slice(2)}`,
  })
  const results: { id: string; operation: string }[] = []
  for (const m of mutations) {
    if ('create' in m || 'createOrReplace' in m || 'createIfNotExists' in m) {
      const value =
        'create' in m ? m.create : 'createOrReplace' in m ? m.createOrReplace : m.createIfNotExists
      const existing = documents.get(value._id)
      if ('createIfNotExists' in m && existing) continue
      if ('create' in m && existing) throw new Error(`Document ${value._id} already exists`)
      documents.set(value._id, stamp(value, stringField(existing, '_createdAt')))
      results.push({ id: value._id, operation: existing ? 'update' : 'create' })
    } else if ('patch' in m) {
      const current = documents.get(m.patch.id)
      if (!current) throw new Error(`Document ${m.patch.id} not found`)
      const next: SanityDocument = { ...m.patch.setIfMissing, ...current, ...m.patch.set }
      for (const key of m.patch.unset ?? []) delete next[key]
      documents.set(current._id, stamp(next, stringField(current, '_createdAt')))
      results.push({ id: current._id, operation: 'update' })
    } else {
      const ids = 'id' in m.delete ? [m.delete.id] : await idsMatching(documents, m.delete.query)
      for (const id of ids) {
        if (documents.delete(id)) results.push({ id, operation: 'delete' })
      }
    }
  }
  return results
}

async function idsMatching(documents: Map<string, SanityDocument>, query: string) {
  const found = await queryLocal(query, {}, { perspective: 'raw', dataset: snapshot(documents) })
  return z
    .array(doc)
    .parse(found)
    .map((d) => d._id)
}

function stringField(value: SanityDocument | undefined, key: string): string | undefined {
  const field = value?.[key]
  return typeof field === 'string' ? field : undefined
}

/** The documents as a dataset the local backend can query. */
export function snapshot(documents: Map<string, SanityDocument>): Dataset {
  return {
    dir: 'stand-in',
    documents: [...documents.values()],
    byId: new Map(documents),
    version: Date.now(),
  }
}

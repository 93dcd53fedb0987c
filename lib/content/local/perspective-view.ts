import type { Dataset, SanityDocument } from './dataset'
import type { View } from './doc-index'
import type { Perspective } from '../perspective'

/** What each perspective sees of a dataset: published documents, or drafts laid over them. */
const views = new WeakMap<Dataset, Map<Perspective, View>>()

const isDraft = (id: string) => id.startsWith('drafts.')
const isVersion = (id: string) => id.startsWith('versions.')

/** The documents a perspective sees, computed once per dataset load. */
export function perspectiveView(dataset: Dataset, perspective: Perspective): View {
  let byPerspective = views.get(dataset)
  if (!byPerspective) {
    byPerspective = new Map()
    views.set(dataset, byPerspective)
  }
  let view = byPerspective.get(perspective)
  if (!view) {
    const documents = selectDocuments(dataset, perspective)
    view = { documents, byId: new Map(documents.map((d) => [d._id, d])) }
    byPerspective.set(perspective, view)
  }
  return view
}

function selectDocuments(dataset: Dataset, perspective: Perspective): SanityDocument[] {
  if (perspective === 'raw') return dataset.documents
  const published = dataset.documents.filter((d) => !isDraft(d._id) && !isVersion(d._id))
  if (perspective === 'published') return published
  // drafts: a draft replaces its published document under the published id, and
  // draft-only documents appear as if published; `_originalId` says where each came from.
  const drafts = new Map<string, SanityDocument>()
  for (const doc of dataset.documents) {
    if (isDraft(doc._id)) drafts.set(doc._id.slice('drafts.'.length), doc)
  }
  const result = published.map((doc) => {
    const draft = drafts.get(doc._id)
    drafts.delete(doc._id)
    return draft
      ? { ...draft, _id: doc._id, _originalId: draft._id }
      : { ...doc, _originalId: doc._id }
  })
  for (const [id, draft] of drafts) result.push({ ...draft, _id: id, _originalId: draft._id })
  return result
}

import { createClient, type SanityClient } from '@sanity/client'
import {
  createWorkspaceFromConfig,
  validateDocument,
  type SanityDocument as StudioDocument,
  type Workspace,
} from 'sanity'
import type { SanityDocument } from '@/lib/content/dataset'
import config from '@/sanity.config'
import { startContentLake, type ContentLake } from '../../support/content-lake'

/**
 * The real Studio workspace built from sanity.config.ts, with a real client talking to the
 * local Content Lake stand-in. Needs a DOM: use `// @vitest-environment jsdom`.
 */
export type TestStudio = {
  workspace: Workspace
  client: SanityClient
  lake: ContentLake
  problems: (document: Record<string, unknown>) => Promise<Problem[]>
  close: () => Promise<void>
}

export type Problem = { level: string; path: string; message: string }

const editor = {
  id: 'editor-1',
  name: 'Editor',
  email: 'editor@example.org',
  role: 'editor',
  roles: [],
}

export async function openStudio(documents: readonly SanityDocument[] = []): Promise<TestStudio> {
  const lake = await startContentLake(documents)
  const client = createClient({
    projectId: 'test',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: lake.url,
    useProjectHostname: false,
    useCdn: false,
    maxRetries: 0,
  })
  const workspace = await createWorkspaceFromConfig({
    ...config,
    currentUser: editor,
    getClient: () => client,
  })
  return {
    workspace,
    client,
    lake,
    problems: async (document) => {
      const markers = await validateDocument({
        workspace,
        document: asStudioDocument(document),
        getDocumentExists: async ({ id }) => lake.documents.has(id),
      })
      const problems = markers.map((marker) => ({
        level: marker.level,
        path: marker.path
          .map((part) => (typeof part === 'object' ? JSON.stringify(part) : String(part)))
          .join('.'),
        message: marker.message,
      }))
      return problems.sort((a, b) => a.path.localeCompare(b.path))
    },
    close: () => lake.close(),
  }
}

/** The system fields a stored document always has; validation does not read them. */
function asStudioDocument(document: Record<string, unknown>): StudioDocument {
  const { _id, _type } = document
  if (typeof _id !== 'string' || typeof _type !== 'string') throw new Error('needs _id and _type')
  return { _createdAt: '', _updatedAt: '', _rev: '', ...document, _id, _type }
}

/**
 * The Studio, embedded in the site at /studio. It reads the same environment as the site
 * (lib/env.ts), so one set of variables connects both to the same project and dataset.
 * Without a project id the /studio page explains how to connect one instead of loading this.
 */
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { env } from './lib/env'
import { editorLanguages } from './sanity/plugins/language-filter'
import { sharePreviewLink } from './sanity/plugins/share-preview-link'
import { locations, mainDocuments } from './sanity/presentation/resolve'
import { schemaTypes } from './sanity/schemaTypes'
import {
  globalNewDocumentOptions,
  singletonActionsOnly,
  withoutSingletonTemplates,
} from './sanity/singletons'
import { structure } from './sanity/structure'
import { eventInSeriesTemplate } from './sanity/templates/event-in-series'

/** Stands in for a missing project id so that tooling can load the schema offline. */
const unconfiguredProjectId = 'not-configured'

export default defineConfig({
  name: 'default',
  title: 'Event Portal',
  basePath: '/studio',
  projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID ?? unconfiguredProjectId,
  dataset: env.NEXT_PUBLIC_SANITY_DATASET,
  // Normally unset. A custom API host (a Sanity staging host, or a local stand-in in tests)
  // applies to the Studio as it does to the site.
  ...(env.NEXT_PUBLIC_SANITY_API_HOST ? { apiHost: env.NEXT_PUBLIC_SANITY_API_HOST } : {}),
  schema: {
    types: schemaTypes,
    templates: (templates) => [...withoutSingletonTemplates(templates), eventInSeriesTemplate],
  },
  document: {
    actions: (actions, context) => singletonActionsOnly(actions, context.schemaType),
    newDocumentOptions: (items, context) =>
      context.creationContext.type === 'global'
        ? globalNewDocumentOptions(items, new Set([eventInSeriesTemplate.id]))
        : items,
  },
  plugins: [
    structureTool({ structure }),
    presentationTool({
      title: 'Preview',
      previewUrl: {
        previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' },
      },
      resolve: { locations, mainDocuments },
    }),
    sharePreviewLink(),
    editorLanguages(),
    // The query playground is for developers: it is left out of production builds.
    ...(process.env.NODE_ENV === 'development'
      ? [visionTool({ defaultApiVersion: env.NEXT_PUBLIC_SANITY_API_VERSION })]
      : []),
  ],
})

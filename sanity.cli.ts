import { defineCliConfig } from 'sanity/cli'

/**
 * For the `sanity` command line (dataset import/export, schema validation, CORS and token
 * management). It reads the same variables as the site.
 */
export default defineCliConfig({
  api: {
    projectId: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: process.env.NEXT_PUBLIC_SANITY_DATASET || 'production',
  },
})

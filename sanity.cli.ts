import { loadEnvConfig } from '@next/env'
import { defineCliConfig } from 'sanity/cli'
import { readEnv } from './lib/env'

/**
 * The Sanity CLI reads the project from the same variables as the site (.env.local, .env or
 * the environment), so `npx sanity …` and `npm run content:*` talk to the same dataset.
 */
loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error })
const env = readEnv(process.env)

export default defineCliConfig({
  api: {
    projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: env.NEXT_PUBLIC_SANITY_DATASET,
  },
})

import { readEnv } from '../../lib/env'

/**
 * The Sanity project the content scripts talk to, from the same variables the site reads.
 * Without a project there is nothing to import into or export from: say which variable is
 * missing instead of letting the Sanity CLI prompt or fail later.
 */
export class MissingConfigError extends Error {
  constructor(readonly variable: string) {
    super(
      `${variable} is not set. The content scripts need a Sanity project: set ${variable} ` +
        '(and NEXT_PUBLIC_SANITY_DATASET if not "production") in .env.local or the environment. ' +
        'See .env.example and docs/connect-sanity.md.',
    )
    this.name = 'MissingConfigError'
  }
}

export type ContentTarget = { projectId: string; dataset: string; token?: string }

type EnvSource = Record<string, string | undefined>

/** The project and dataset, and the first token set among `tokenVariables` (if any). */
export function contentTarget(source: EnvSource, tokenVariables: readonly string[]): ContentTarget {
  const env = readEnv(source)
  const projectId = env.NEXT_PUBLIC_SANITY_PROJECT_ID
  if (!projectId) throw new MissingConfigError('NEXT_PUBLIC_SANITY_PROJECT_ID')
  const token = tokenVariables.map((name) => source[name]).find((value) => !!value)
  return { projectId, dataset: env.NEXT_PUBLIC_SANITY_DATASET, token }
}

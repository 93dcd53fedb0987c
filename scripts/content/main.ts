import { loadEnvConfig } from '@next/env'
import { MissingConfigError } from './target'

/**
 * Runs a content script the way the site reads its configuration (.env.local, .env, the
 * environment), and turns failures into one clear line and a non-zero exit code.
 */
export function runScript(main: () => Promise<number>): void {
  loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error })
  main()
    .then((code) => {
      process.exitCode = code
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      console.error(error instanceof MissingConfigError ? message : `Failed: ${message}`)
      process.exitCode = 1
    })
}

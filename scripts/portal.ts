import { spawnSync } from 'node:child_process'
import { loadEnvConfig } from '@next/env'

/**
 * `npm run portal`: a production build, then `next start`, on this machine. A production
 * build needs the site's public address (lib/env.ts); here that address is the one
 * `next start` serves, so it is supplied unless the environment or a .env file sets one.
 */
function portalEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const port = env.PORT || '3000'
  return { ...env, NEXT_PUBLIC_SITE_URL: env.NEXT_PUBLIC_SITE_URL || `http://localhost:${port}` }
}

function next(command: 'build' | 'start', env: NodeJS.ProcessEnv): number {
  const run = spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), command], {
    env,
    stdio: 'inherit',
  })
  return run.status ?? 1
}

function main(): number {
  // The same files `next build` reads, so a value there is not overridden.
  loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error })
  const env = portalEnv(process.env)
  const built = next('build', env)
  return built === 0 ? next('start', env) : built
}

process.exit(main())

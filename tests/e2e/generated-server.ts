import { spawn } from 'node:child_process'
import { assertBuilt, buildNamed, generated, generatedURL, serverEnv } from './builds'

/**
 * The generated dataset (the `generated` build of builds.ts) served by its own `next start`.
 */
export function startGeneratedSite(): { stop: () => void; ready: Promise<void> } {
  const build = buildNamed('generated')
  assertBuilt(build)
  const server = spawn('npx', ['next', 'start', '-p', String(generated.port), '-H', '127.0.0.1'], {
    env: serverEnv(build),
    stdio: 'ignore',
    detached: true,
  })
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
  }
  return { stop, ready: waitFor(`${generatedURL}/en`) }
}

async function waitFor(url: string) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`next start did not answer at ${url}`)
}

import { builds, runBuild, type E2eBuild } from '../tests/e2e/builds'

/**
 * Makes the production builds the end-to-end tests serve (tests/e2e/builds.ts), one after
 * the other, before Playwright starts. `npx tsx scripts/e2e-build.ts studio` makes only the
 * named ones, for rerunning one spec.
 */
async function main() {
  const names = process.argv.slice(2)
  const unknown = names.filter((name) => !builds.some((build) => build.name === name))
  if (unknown.length > 0) {
    console.error(
      `Unknown build ${unknown.join(', ')}; the builds are ${builds.map((b) => b.name).join(', ')}`,
    )
    process.exit(2)
  }
  const chosen: readonly E2eBuild[] =
    names.length === 0 ? builds : builds.filter((build) => names.includes(build.name))
  for (const build of chosen) {
    const started = Date.now()
    console.log(`\n[e2e-build] ${build.name} → ${build.distDir}`)
    await runBuild(build)
    console.log(`[e2e-build] ${build.name} built in ${Math.round((Date.now() - started) / 1000)} s`)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})

import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { localSiteUrl } from '../../../lib/env'
import { datasetDir, type SizeName } from './datasets'
import { watchMemory } from './process-tree'

/**
 * `next build` of this app on a dataset, into its own folder (.next-bench-<size>) from a
 * clean start, with wall time and the peak memory of the whole process tree.
 */
export type BuildResult = {
  size: SizeName
  seconds: number
  peakTotal: number
  peakLargest: number
  prerendered: number
  exitCode: number
}

export const distDirFor = (size: SizeName) => `.next-bench-${size}`

function prerenderedRoutes(distDir: string): number {
  const file = path.join(distDir, 'prerender-manifest.json')
  if (!existsSync(file)) return 0
  const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'))
  const routes =
    typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'routes') : null
  return typeof routes === 'object' && routes !== null ? Object.keys(routes).length : 0
}

export function build(size: SizeName, quiet = true): Promise<BuildResult> {
  const distDir = distDirFor(size)
  rmSync(distDir, { recursive: true, force: true })
  // next build adds the build folder's types to tsconfig.json; a bench build must not.
  const tsconfig = readFileSync('tsconfig.json', 'utf8')
  const started = performance.now()
  const child = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], {
    env: {
      ...process.env,
      LOCAL_DATASET_DIR: datasetDir(size),
      // A production build needs the site's address (lib/env.ts); the benches serve locally.
      NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL || localSiteUrl,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', quiet ? 'pipe' : 'inherit', 'inherit'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const memory = watchMemory(child.pid ?? 0)
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      memory.stop()
      writeFileSync('tsconfig.json', tsconfig)
      if (code !== 0) console.error(output.slice(-4000))
      resolve({
        size,
        seconds: (performance.now() - started) / 1000,
        ...(({ total, largest }) => ({ peakTotal: total, peakLargest: largest }))(memory.peak()),
        prerendered: prerenderedRoutes(distDir),
        exitCode: code ?? 1,
      })
    })
  })
}

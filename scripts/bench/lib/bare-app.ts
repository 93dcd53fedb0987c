import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * A bare Next.js app (one page, default config), generated at bench time inside this
 * project so it resolves the same node_modules: the same Next.js and React versions, built
 * with the same bundler. The folder name matches `.next-*`, which git, ESLint, Prettier and
 * TypeScript already leave alone; nothing of it is committed.
 */
export const bareDir = path.resolve('.next-bench-bare-app')

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-next-app', private: true }),
  'next.config.mjs': 'export default { poweredByHeader: false }\n',
  'app/layout.js': [
    "export const metadata = { title: 'Bare' }",
    'export default function RootLayout({ children }) {',
    '  return (<html lang="en"><body>{children}</body></html>)',
    '}',
    '',
  ].join('\n'),
  'app/page.js': [
    'export default function Page() {',
    '  return (<main><h1>Bare Next.js page</h1><p>Nothing else on it.</p></main>)',
    '}',
    '',
  ].join('\n'),
}

export function buildBareApp(): void {
  rmSync(bareDir, { recursive: true, force: true })
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(bareDir, file)), { recursive: true })
    writeFileSync(path.join(bareDir, file), content)
  }
  const result = spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], {
    cwd: bareDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    throw new Error(`The bare app did not build:\n${result.stdout}\n${result.stderr}`)
  }
}

export const bareHtml = () => path.join(bareDir, '.next/server/app/index.html')
export const bareStatic = () => path.join(bareDir, '.next')

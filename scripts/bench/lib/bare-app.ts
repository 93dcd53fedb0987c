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

/**
 * Given pages' HTML, the bare app also answers each one's exact bytes from a prerendered
 * route handler at `sameBytesPath(i)`: Next.js serving a cached response of that size with
 * nothing of ours on the way, the fair baseline for a page of the portal (a minimal page is a
 * few hundred bytes, and serving cost grows with size).
 */
export const sameBytesPath = (index: number) => `/same-bytes/${index}`

function sameBytesRoute(html: Buffer): string {
  return [
    "export const dynamic = 'force-static'",
    `const body = ${JSON.stringify(html.toString('utf8'))}`,
    'export function GET() {',
    "  return new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } })",
    '}',
    '',
  ].join('\n')
}

/**
 * And a bare *page* at `sameContentPath(i)` that renders the page's visible HTML (its body
 * without scripts) as one string: Next.js's own page path for about as many bytes, its inline
 * data included, with no components, data fetching or proxy of ours.
 */
export const sameContentPath = (index: number) => `/same-content/${index}`

function sameContentPage(html: Buffer): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html.toString('utf8'))?.[1] ?? ''
  const visible = body.replace(/<script[\s\S]*?<\/script>/g, '')
  return [
    `const body = ${JSON.stringify(visible)}`,
    'export default function Page() {',
    '  return <div dangerouslySetInnerHTML={{ __html: body }} />',
    '}',
    '',
  ].join('\n')
}

export function buildBareApp(sameBytes: Buffer[] = []): void {
  rmSync(bareDir, { recursive: true, force: true })
  const routes = sameBytes.flatMap((html, i): [string, string][] => [
    [`app${sameBytesPath(i)}/route.js`, sameBytesRoute(html)],
    [`app${sameContentPath(i)}/page.js`, sameContentPage(html)],
  ])
  for (const [file, content] of [...Object.entries(files), ...routes]) {
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

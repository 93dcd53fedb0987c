import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'

/**
 * Bundle isolation: strings that only the Studio's code contains. Each is checked to be
 * present somewhere in the build (so a marker cannot silently stop matching anything) and
 * absent from every script a public page loads.
 */
export const studioMarkers = [
  'At least one workspace is required.', // sanity: the Studio core
  'StructureTool: missing context value', // sanity/structure
  'Presentation context is missing', // sanity/presentation
  'NextStudioLayout', // next-sanity/studio
  'Share preview link', // this project's Studio plugin
]

const scriptPattern = /\/_next\/static\/[^"'\\\s)]+?\.js/g

/** Every script a page refers to: script tags, preloads and the React Server Components payload. */
export function scriptsInHtml(html: string): string[] {
  return [...new Set(html.match(scriptPattern) ?? [])]
}

/**
 * Loads a page in the browser and returns every script it fetched, lazy chunks included.
 * `ready` says when the page has finished loading what it will load (default: network idle).
 */
export async function scriptsLoadedBy(
  page: Page,
  url: string,
  ready: (page: Page) => Promise<unknown> = (p) => p.waitForLoadState('networkidle'),
): Promise<string[]> {
  const loaded = new Set<string>()
  const record = (response: { url: () => string }) => {
    const { pathname } = new URL(response.url())
    if (pathname.startsWith('/_next/static/') && pathname.endsWith('.js')) loaded.add(pathname)
  }
  page.on('response', record)
  const response = await page.goto(url, { waitUntil: 'load' })
  const html = (await response?.text()) ?? ''
  await ready(page)
  page.off('response', record)
  return [...new Set([...loaded, ...scriptsInHtml(html)])]
}

/** The Studio markers found in the given scripts of a build (read from its output folder). */
export function studioCodeIn(
  distDir: string,
  scripts: string[],
): { script: string; marker: string }[] {
  return scripts.flatMap((script) => {
    const file = path.join(distDir, 'static', script.replace(/^\/_next\/static\//, ''))
    const source = readFileSync(decodeURIComponent(file), 'utf8')
    return studioMarkers
      .filter((marker) => source.includes(marker))
      .map((marker) => ({ script, marker }))
  })
}

/** Markers that appear nowhere in the build's client scripts (there should be none). */
export function markersMissingFrom(distDir: string): string[] {
  const chunks = path.join(distDir, 'static', 'chunks')
  if (!existsSync(chunks)) return studioMarkers
  const sources = readdirSync(chunks, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(path.join(chunks, file), 'utf8'))
  return studioMarkers.filter((marker) => !sources.some((source) => source.includes(marker)))
}

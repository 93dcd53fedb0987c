import { JSDOM } from 'jsdom'

/**
 * The browser globals the Studio's modules read when they load (`window`, `document`,
 * `navigator`…), from jsdom, so that `sanity` and sanity.config.ts can be imported in Node to
 * run the Studio's validation. Globals Node already has are left alone; a second call, or a
 * call inside a test's jsdom environment, changes nothing.
 */
export function installBrowserGlobals(): void {
  if (typeof globalThis.window !== 'undefined') return
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', {
    url: 'http://localhost/',
    pretendToBeVisual: true,
  })
  const target = globalThis as Record<string, unknown>
  const source = window as unknown as Record<string, unknown>
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in target || key.startsWith('_')) continue
    target[key] = source[key]
  }
  target.window = window
}

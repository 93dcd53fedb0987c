import { locales } from '../i18n/config'
import { toSegments } from './segment'

/**
 * A list's first view (`/en/events`, no query string) is the address most visitors open, so it
 * is a page of its own, prerendered and served without the proxy. It renders through the same
 * component as the internal route, given the segments of the empty canonical query; any query
 * string sends the request through the proxy instead (see the matcher in proxy.ts).
 */
export function defaultViewParams() {
  return locales.map((locale) => ({ locale }))
}

export function defaultView(params: Promise<{ locale: string }>) {
  return {
    params: params.then(({ locale }) => ({ locale, query: toSegments('') })),
    searchParams: Promise.resolve({}),
  }
}

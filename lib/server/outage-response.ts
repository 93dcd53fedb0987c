import { ServerResponse } from 'node:http'
import { defaultLocale, isLocale, localeDirection, type Locale } from '../i18n/config'
import { getMessages } from '../i18n/messages'
import { outageOngoing } from '../content/outage'

/**
 * While the content backend is down (lib/content/outage.ts), a page that fails answers
 * `503 Service Unavailable` with `Retry-After` and a short page in its language, instead of
 * Next.js's 500 and its empty error document. A page can set only 404, 401 or 403 itself, so
 * this sits on the HTTP response: a 500 written while an outage is ongoing is replaced,
 * status, headers and body, whichever way Next.js writes it (`writeHead`, or the first
 * `write` or `end`, also through its compression). Every other response passes untouched.
 */
export const retryAfterSeconds = 30

/** Headers of the failed render that would describe the wrong body or let it be cached. */
const dropped = [
  'cache-control',
  'content-encoding',
  'content-length',
  'content-type',
  'etag',
  'transfer-encoding',
  'x-nextjs-cache',
  'x-nextjs-prerender',
  'x-nextjs-stale-time',
]

type Replacement = { body: Buffer | undefined }
const replaced = new WeakMap<ServerResponse, Replacement>()
const installed = new WeakSet<object>()

export function answerOutagesWith503(
  target: ServerResponse = ServerResponse.prototype,
  ongoing: () => boolean = outageOngoing,
): void {
  if (installed.has(target)) return
  installed.add(target)
  const { writeHead, write, end } = target

  function replace(response: ServerResponse): void {
    const page = unavailablePage(response.req?.url ?? '/', response.req?.headers.accept)
    const body = Buffer.from(page.body)
    replaced.set(response, { body: response.req?.method === 'HEAD' ? undefined : body })
    for (const name of dropped) response.removeHeader(name)
    response.statusCode = 503
    Reflect.apply(writeHead, response, [
      503,
      {
        'Content-Type': page.type,
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        'Retry-After': String(retryAfterSeconds),
      },
    ])
  }

  /** A 500 about to go out, while the backend is down: the first call that sends headers. */
  function shouldReplace(response: ServerResponse, status: number): boolean {
    return !response.headersSent && status === 500 && ongoing()
  }

  function writeHeadDuringOutage(this: ServerResponse, ...args: unknown[]) {
    if (!shouldReplace(this, Number(args[0]))) return Reflect.apply(writeHead, this, args)
    replace(this)
    return this
  }
  function writeDuringOutage(this: ServerResponse, ...args: unknown[]) {
    if (shouldReplace(this, this.statusCode)) replace(this)
    if (!replaced.has(this)) return Reflect.apply(write, this, args)
    callbackIn(args)?.()
    return true
  }
  function endDuringOutage(this: ServerResponse, ...args: unknown[]) {
    if (shouldReplace(this, this.statusCode)) replace(this)
    const replacement = replaced.get(this)
    if (!replacement) return Reflect.apply(end, this, args)
    replaced.delete(this)
    const done = callbackIn(args)
    const rest = done ? [done] : []
    return Reflect.apply(end, this, replacement.body ? [replacement.body, ...rest] : rest)
  }
  for (const [name, value] of [
    ['writeHead', writeHeadDuringOutage],
    ['write', writeDuringOutage],
    ['end', endDuringOutage],
  ] as const) {
    Object.defineProperty(target, name, { value, writable: true, configurable: true })
  }
}

function callbackIn(args: readonly unknown[]): (() => void) | undefined {
  const last = args.findLast((arg) => typeof arg === 'function')
  return last as (() => void) | undefined
}

/** The page sent instead: in the locale of the address, HTML unless the client wants otherwise. */
export function unavailablePage(
  url: string,
  accept: string | undefined,
): { type: string; body: string } {
  const first = url.split(/[/?#]/)[1] ?? ''
  const locale: Locale = isLocale(first) ? first : defaultLocale
  const { errors } = getMessages(locale)
  const wantsHtml = !accept || /text\/html|\*\/\*/.test(accept)
  if (!wantsHtml) {
    return {
      type: 'text/plain; charset=utf-8',
      body: `${errors.unavailableTitle}\n${errors.unavailableBody}\n`,
    }
  }
  const body = `<!DOCTYPE html>
<html lang="${locale}" dir="${localeDirection(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(errors.unavailableTitle)}</title>
</head>
<body>
<main id="main">
<h1>${escapeHtml(errors.unavailableTitle)}</h1>
<p>${escapeHtml(errors.unavailableBody)}</p>
<p><a href="/${locale}">${escapeHtml(errors.backHome)}</a></p>
</main>
</body>
</html>
`
  return { type: 'text/html; charset=utf-8', body }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

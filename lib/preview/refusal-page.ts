import { defaultLocale, isLocale, type Locale } from '../i18n/config'
import { getMessages } from '../i18n/messages'

/**
 * The page a reviewer sees when a link cannot be opened: a plain, self-contained HTML page
 * (no draft mode, no site chrome that could fetch content) that points to the public page.
 */
const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => escapes[char] ?? char)
}

/** The page's language follows the link's path (`/en/...`), English otherwise. */
function localeOf(path: string): Locale {
  const first = path.split('/')[1] ?? ''
  return isLocale(first) ? first : defaultLocale
}

export function refusalPage(options: {
  reason: 'invalid' | 'disabled'
  publicPath: string
}): Response {
  const locale = localeOf(options.publicPath)
  const { preview } = getMessages(locale)
  const [status, title, body] =
    options.reason === 'invalid'
      ? [401, preview.invalidTitle, preview.invalidBody]
      : [501, preview.disabledTitle, preview.disabledBody]
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;color:#1b1f24;background:#fff;line-height:1.55;margin:0}
main{max-width:40rem;margin:4rem auto;padding:0 1rem}
a{color:#0b4f8a}
a:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(options.publicPath)}">${escapeHtml(preview.viewPublic)}</a></p>
</main>
</body>
</html>
`
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
      'Referrer-Policy': 'no-referrer',
    },
  })
}

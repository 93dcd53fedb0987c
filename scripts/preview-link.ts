/**
 * Creates a reviewer link: `npm run preview:link -- /en/events/<slug> --hours 48 [--base-url URL]`.
 * Signs with PREVIEW_SECRET (from the environment, .env.local or .env) and needs no Studio
 * or Sanity project, so it works with the bundled dataset too. `/fr/*` makes a link to every
 * page in one language (quote it, or the shell expands the `*`).
 */
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { defaultLinkHours, previewConfig } from '../lib/preview/config'
import { createPreviewLink, PreviewLinkError } from '../lib/preview/link'

const usage = 'Usage: npm run preview:link -- <path> [--hours 48] [--base-url https://example.org]'

function loadEnvFiles() {
  for (const file of ['.env.local', '.env']) {
    if (existsSync(file)) process.loadEnvFile(file)
  }
}

function main(): number {
  loadEnvFiles()
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        hours: { type: 'string', default: String(defaultLinkHours) },
        'base-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    console.log(usage)
    return 0
  }
  const [path, ...extra] = positionals
  if (!path || extra.length > 0) {
    console.error(`Give exactly one path.\n${usage}`)
    return 2
  }
  const config = previewConfig()
  if (!config.enabled) {
    console.error(
      `${config.reason}\nSet it (e.g. \`openssl rand -base64 48\`) for both this command and the site.`,
    )
    return 1
  }
  const baseUrl = values['base-url'] ?? process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000'
  try {
    new URL(baseUrl)
  } catch {
    console.error(
      `--base-url must be an absolute URL such as https://events.example.org; got "${baseUrl}".`,
    )
    return 2
  }
  try {
    const link = createPreviewLink({
      path,
      hours: Number(values.hours),
      baseUrl,
      secret: config.secret,
    })
    console.log(link.url)
    console.error(
      [
        `scope:    ${link.scope}`,
        `expires:  ${link.expiresAt.toISOString()}`,
        `link id:  ${link.id}  (to withdraw it, add this id to PREVIEW_REVOKED_IDS)`,
      ].join('\n'),
    )
    return 0
  } catch (error) {
    if (error instanceof PreviewLinkError) {
      console.error(error.message)
      return 2
    }
    throw error
  }
}

process.exitCode = main()

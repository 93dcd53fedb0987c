import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseAssignment, type Edit } from './publish/edit'
import type { Change } from './publish/ndjson'
import { EditError, parsePath } from './publish/path'
import { publishLocal } from './publish/publish'
import { InvalidDocumentError, openValidator, refusing } from './publish/validate'

const usage = `Publish a change to the local dataset and tell the running portal (docs/freshness.md).

  npm run content:publish -- <document id> [field.path=text] [field.path:=json] [options]

  title.en="New title"          sets a string
  capacity:=120                 sets a JSON value (number, boolean, list, object, null)
  appearances[0].role=panelist  list items by position, or by key: appearances[_key=="a1"]

Options:
  --unset <field.path>   remove a field (repeatable)
  --create <type>        create the document (it must not exist yet)
  --delete               delete the document
  --url <site url>       the running portal (default http://localhost:3000)
  --dataset <folder>     the dataset (default $LOCAL_DATASET_DIR, else sanity/seed)
  --no-notify            change the file only; the site refreshes within its fallback lifetime
  -h, --help             this text

A created or changed document is first validated as the Studio validates it: an error (a
required field left empty, a date that is not a date, a field the schema does not have)
refuses the change and nothing is written; warnings are printed.

Without changes, the document is sent to the site again as it is.
The webhook is signed with SANITY_REVALIDATE_SECRET (from the environment, .env.local or .env).`

function loadEnvFiles() {
  for (const file of ['.env.local', '.env']) {
    // Values already in the environment win, as they do for Next.js.
    if (existsSync(file)) process.loadEnvFile(file)
  }
}

function readChange(
  values: { create?: string; delete?: boolean; unset?: string[] },
  edits: Edit[],
): Change {
  if (values.delete) {
    if (values.create || edits.length > 0) throw new EditError('--delete takes no other change')
    return { kind: 'delete' }
  }
  if (values.create) return { kind: 'create', type: values.create, edits }
  return { kind: 'update', edits }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      unset: { type: 'string', multiple: true },
      create: { type: 'string' },
      delete: { type: 'boolean' },
      url: { type: 'string' },
      dataset: { type: 'string' },
      'no-notify': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help || positionals.length === 0) {
    console.log(usage)
    return values.help ? 0 : 2
  }
  loadEnvFiles()
  const [id = '', ...assignments] = positionals
  const edits: Edit[] = [
    ...assignments.map(parseAssignment),
    ...(values.unset ?? []).map((field): Edit => ({ kind: 'unset', path: parsePath(field) })),
  ]
  const datasetDir = path.resolve(values.dataset ?? process.env.LOCAL_DATASET_DIR ?? 'sanity/seed')
  const notify = !values['no-notify']
  const change = readChange(values, edits)
  // Loaded before the dataset is locked: the Studio's modules take seconds to load.
  const validate = change.kind === 'delete' ? undefined : await openValidator()
  const result = await publishLocal({
    datasetDir,
    id,
    change,
    siteUrl: notify ? (values.url ?? 'http://localhost:3000') : undefined,
    secret: process.env.SANITY_REVALIDATE_SECRET?.trim() || undefined,
    check:
      validate &&
      (async (document, dataset) => {
        const problems = await validate(document, dataset)
        const errors = refusing(problems)
        if (errors.length > 0) throw new InvalidDocumentError(id, errors)
        for (const warning of problems) {
          console.warn(`Warning, ${warning.path}: ${warning.message}`)
        }
      }),
  })

  const what = !result.after ? 'Deleted' : !result.before ? 'Created' : 'Updated'
  console.log(
    result.changed
      ? `${what} ${id} in ${path.join(datasetDir, 'data.ndjson')}`
      : `${id} is unchanged; sending it to the site again`,
  )
  if (!result.answer) {
    console.log('The site was not told; it picks the change up within its fallback lifetime.')
    return 0
  }
  if ('error' in result.answer) {
    console.error(`The site was not told: ${result.answer.error}`)
    console.error('The change is saved; run the command again with just the id to resend it.')
    return 1
  }
  const { status, body } = result.answer
  if (status === 200) {
    console.log(`Revalidated: ${JSON.stringify(body)}`)
    return 0
  }
  console.error(`The site answered ${status}: ${JSON.stringify(body)}`)
  console.error('The change is saved; run the command again with just the id to resend it.')
  return 1
}

/** Mistakes in the command line get a one-line answer; anything else is a real failure. */
function isUsageError(error: unknown): error is Error {
  if (error instanceof EditError) return true
  return (
    error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  )
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof InvalidDocumentError) {
      console.error(`${error.message}\nNothing was written.`)
      process.exit(3)
    }
    if (isUsageError(error)) console.error(`${error.message} (see --help)`)
    else console.error(error)
    process.exit(isUsageError(error) ? 2 : 1)
  },
)

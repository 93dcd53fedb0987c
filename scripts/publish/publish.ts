import { randomBytes } from 'node:crypto'
import { open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Document } from './edit'
import { documentsIn, publishInto, type Change } from './ndjson'
import { EditError } from './path'
import { sendWebhook, webhookBody, type WebhookAnswer } from './webhook'

/**
 * Applies one change to a local dataset's data.ndjson, atomically (a temporary file renamed
 * over the old one, so the running site never reads half a file), then tells the site.
 */
export type PublishOptions = {
  datasetDir: string
  id: string
  change: Change
  /** Where the portal runs; leave out to change the file only. */
  siteUrl?: string
  secret?: string
  /**
   * Runs on the new version of a created or updated document, with the whole dataset as it
   * would be, before anything is written; it throws to refuse the change (./validate.ts).
   */
  check?: (document: Document, dataset: readonly Document[]) => Promise<void>
}

export type PublishResult = {
  before?: Document
  after?: Document
  changed: boolean
  /** The body sent to the site: the webhook projection of the change. */
  webhook: unknown
  /** The site's answer, or why it could not be reached (the change is saved either way). */
  answer?: WebhookAnswer | { error: string }
}

function describe(error: unknown, url?: string): string {
  const cause =
    error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `could not reach ${url}${cause || `: ${String(error)}`}`
}

export async function publishLocal(options: PublishOptions): Promise<PublishResult> {
  if (options.siteUrl && !options.secret) {
    throw new EditError('SANITY_REVALIDATE_SECRET is not set, so the site cannot be told')
  }
  const file = path.join(options.datasetDir, 'data.ndjson')
  const stamp = { now: new Date(), rev: randomBytes(11).toString('base64url') }
  const { before, after, changed } = await withLock(`${file}.lock`, async () => {
    const text = await readFile(file, 'utf8')
    const published = publishInto(text, options.id, options.change, stamp)
    const changed = published.text !== text
    if (changed && published.after && options.check) {
      await options.check(published.after, documentsIn(published.text))
    }
    if (changed) await replaceFile(file, published.text)
    return { ...published, changed }
  })
  const webhook = await webhookBody(before, after)
  let answer: PublishResult['answer']
  if (options.siteUrl && options.secret) {
    answer = await sendWebhook(options.siteUrl, webhook, options.secret).catch(
      (error: unknown) => ({ error: describe(error, options.siteUrl) }),
    )
  }
  return { before, after, changed, webhook, answer }
}

async function replaceFile(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  const { mode } = await stat(file)
  try {
    await writeFile(temporary, text, { mode })
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** One publisher at a time per dataset, so two edits cannot overwrite each other. */
async function withLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 10_000
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx')
      await handle.close()
      break
    } catch (error) {
      if (!(error instanceof Error) || !('code' in error) || error.code !== 'EEXIST') throw error
      const age = Date.now() - (await stat(lockFile).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs
      // A lock this old was left by a publisher that died.
      if (age > 30_000) await rm(lockFile, { force: true })
      else if (Date.now() > deadline) throw new EditError(`${lockFile} is held by another publish`)
      else await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  try {
    return await work()
  } finally {
    await rm(lockFile, { force: true })
  }
}

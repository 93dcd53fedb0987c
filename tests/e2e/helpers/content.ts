import { readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { expect } from '@playwright/test'
import { z } from 'zod'
import { findDocument, type Change } from '../../../scripts/publish/ndjson'
import { publishLocal } from '../../../scripts/publish/publish'
import { sendWebhook, webhookBody } from '../../../scripts/publish/webhook'
import { e2e } from '../env'
import { seed } from './pages'

const revalidated = z.object({ revalidated: z.array(z.string()) })

/**
 * Edits the e2e server's dataset the way the local publish command does (atomic write and
 * signed webhook), and puts everything back afterwards, webhooks included, so the next
 * test sees the bundled content again.
 */
export class ContentEditor {
  private original = ''
  private readonly touched = new Set<string>()
  /** Pages rendered again after a restore, so the cache on disk holds bundled content too. */
  private readonly pages = new Set([seed.eventPath, '/en', '/en/events'])
  readonly file = path.join(e2e.datasetDir, 'data.ndjson')

  async snapshot(): Promise<void> {
    this.original = await readFile(this.file, 'utf8')
  }

  /** Publishes a change and returns the tags the site says it revalidated. */
  async publish(id: string, change: Change): Promise<string[]> {
    this.touched.add(id)
    const result = await publishLocal({
      datasetDir: e2e.datasetDir,
      id,
      change,
      siteUrl: e2e.baseURL,
      secret: e2e.revalidateSecret,
    })
    expect(result.answer).toMatchObject({ status: 200 })
    const answer = result.answer && 'body' in result.answer ? result.answer.body : undefined
    return revalidated.parse(answer).revalidated
  }

  /** A document changed by other means (the command line), to put back afterwards. */
  track(id: string): void {
    this.touched.add(id)
  }

  /** Adds a page to render again after the restore (pages the test created or moved). */
  visitAfterRestore(path: string): void {
    this.pages.add(path)
  }

  /** Changes the dataset only: the site is not told. */
  async edit(id: string, change: Change): Promise<void> {
    this.touched.add(id)
    await publishLocal({ datasetDir: e2e.datasetDir, id, change })
  }

  /** Sends the correctly signed webhook for a document as the bundled dataset has it. */
  async notify(id: string): Promise<void> {
    const document = findDocument(this.original, id)
    const answer = await sendWebhook(
      e2e.baseURL,
      await webhookBody(document, document),
      e2e.revalidateSecret,
    )
    expect(answer.status).toBe(200)
  }

  /** Replaces data.ndjson with other text, atomically, without telling the site. */
  async replaceFile(text: string): Promise<void> {
    await writeFile(`${this.file}.swap`, text)
    await rename(`${this.file}.swap`, this.file)
  }

  async restore(): Promise<void> {
    const current = await readFile(this.file, 'utf8').catch(() => '')
    await this.replaceFile(this.original)
    for (const id of this.touched) {
      const before = findDocument(current, id)
      const after = findDocument(this.original, id)
      if (!before && !after) continue
      const answer = await sendWebhook(
        e2e.baseURL,
        await webhookBody(before, after),
        e2e.revalidateSecret,
      )
      expect(answer.status).toBe(200)
    }
    this.touched.clear()
    for (const path of this.pages) await fetch(new URL(path, e2e.baseURL))
  }
}

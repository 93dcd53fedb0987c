import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { documentIds } from './tags'

/**
 * The last result each published query returned, so a failing backend degrades to
 * slightly old content instead of an error page. Kept in memory (bounded, least recently
 * stored first out) and on disk under the build's cache folder: a page whose tags a
 * webhook expired must be rendered again before it is served, and after a restart or a
 * deploy only the disk copy (written at build time too) can stand in for the backend.
 *
 * A result that shows no document (a slug that names nothing, a list with no entries) is
 * not kept, and drops an older copy: an address made up by anyone must not add a file, and
 * a deleted document must not come back when the backend fails. Free-text searches are
 * not kept either (`fetchContent`'s `keepLastGood`).
 */
const memoryLimit = 2000
const memory = new Map<string, string>()
let writeFailureReported = false

const stored = z.object({ key: z.string(), value: z.unknown() })

function storeDir(): string {
  // Resolved at run time so the bundler does not try to trace a computed path.
  return path.resolve(
    /*turbopackIgnore: true*/ process.cwd(),
    process.env.NEXT_DIST_DIR ?? '.next',
    'cache',
    'last-good-content',
  )
}

function fileFor(key: string): string {
  return path.join(storeDir(), `${createHash('sha256').update(key).digest('hex')}.json`)
}

function keepInMemory(key: string, text: string): void {
  memory.delete(key)
  memory.set(key, text)
  if (memory.size > memoryLimit) {
    const oldest = memory.keys().next().value
    if (oldest !== undefined) memory.delete(oldest)
  }
}

export async function rememberResult(key: string, value: unknown): Promise<void> {
  if (documentIds(value).length === 0) return forgetResult(key)
  const text = JSON.stringify(value ?? null)
  const unchanged = memory.get(key) === text
  keepInMemory(key, text)
  if (unchanged) return
  const file = fileFor(key)
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  try {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(temporary, JSON.stringify({ key, value: value ?? null }))
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined)
    // A read-only file system only loses the copy that survives restarts.
    if (!writeFailureReported) console.warn(`[content] cannot keep results on disk: ${error}`)
    writeFailureReported = true
  }
}

/** Drops the copy of a result, if there is one. */
export async function forgetResult(key: string): Promise<void> {
  memory.delete(key)
  await rm(fileFor(key), { force: true }).catch(() => undefined)
}

export async function recallResult(key: string): Promise<{ value: unknown } | undefined> {
  const text = memory.get(key)
  if (text !== undefined) return { value: JSON.parse(text) }
  try {
    const entry = stored.safeParse(JSON.parse(await readFile(fileFor(key), 'utf8')))
    if (!entry.success || entry.data.key !== key) return undefined
    keepInMemory(key, JSON.stringify(entry.data.value))
    return { value: entry.data.value }
  } catch {
    return undefined
  }
}

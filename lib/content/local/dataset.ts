import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/**
 * A dataset in the layout `sanity dataset export` writes: data.ndjson, assets.json and
 * images/. Loaded once and reloaded when data.ndjson changes on disk.
 */
export type SanityDocument = { _id: string; _type: string; [key: string]: unknown }

export type Dataset = {
  dir: string
  documents: SanityDocument[]
  byId: Map<string, SanityDocument>
  version: number
}

// Checks only the two fields every document has; the rest is taken as stored, not copied.
const documentHead = z.object({ _id: z.string().min(1), _type: z.string().min(1) })
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const assetsShape = z.record(z.string(), z.looseObject({ originalFilename: z.string().optional() }))
const assetPattern = /^image@file:\/\/\.\/images\/([a-f0-9]+)-(\d+)x(\d+)\.([a-z0-9]+)$/i

export function datasetDir(): string {
  // Resolved at run time so the bundler does not try to trace a computed path.
  return path.resolve(
    /*turbopackIgnore: true*/ process.cwd(),
    process.env.LOCAL_DATASET_DIR || 'sanity/seed',
  )
}

export function parseDataset(dir: string, ndjson: string, assetsJson = '{}'): Dataset {
  const assetInfo = parseAssets(assetsJson)
  const documents: SanityDocument[] = []
  const imageAssets = new Map<string, SanityDocument>()

  ndjson.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      console.warn(`[dataset] line ${index + 1} is not valid JSON; skipped`)
      return
    }
    const head = documentHead.safeParse(value)
    if (!head.success || !isRecord(value)) {
      console.warn(`[dataset] line ${index + 1} is not a document (no _id or _type); skipped`)
      return
    }
    // Only lines that mention an exported asset need the deep walk that restores it.
    const restored = line.includes('_sanityAsset')
      ? restoreObject(value, imageAssets, assetInfo)
      : value
    documents.push({ ...restored, ...head.data })
  })

  documents.push(...imageAssets.values())
  return { dir, documents, byId: new Map(documents.map((d) => [d._id, d])), version: Date.now() }
}

/** assets.json only adds original file names: a broken one is logged, never fatal. */
function parseAssets(assetsJson: string): z.infer<typeof assetsShape> {
  let value: unknown
  try {
    value = JSON.parse(assetsJson || '{}')
  } catch {
    console.warn('[dataset] assets.json is not valid JSON; original file names are left out')
    return {}
  }
  const assets = assetsShape.safeParse(value)
  return assets.success ? assets.data : {}
}

/**
 * An export replaces each image reference by `_sanityAsset: "image@file://./images/…"`.
 * Turn it back into the reference the Content Lake would return, and make the asset
 * document that `asset->` resolves to.
 */
function restoreAssets(
  value: unknown,
  assets: Map<string, SanityDocument>,
  info: Record<string, { originalFilename?: string }>,
): unknown {
  if (Array.isArray(value)) return value.map((v) => restoreAssets(v, assets, info))
  if (typeof value !== 'object' || value === null) return value
  return restoreObject(Object.fromEntries(Object.entries(value)), assets, info)
}

function restoreObject(
  value: Record<string, unknown>,
  assets: Map<string, SanityDocument>,
  info: Record<string, { originalFilename?: string }>,
): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) object[k] = restoreAssets(v, assets, info)
  const match =
    typeof object._sanityAsset === 'string' ? assetPattern.exec(object._sanityAsset) : null
  if (!match) return object
  const [, hash = '', width = '0', height = '0', ext = ''] = match
  const id = `image-${hash}-${width}x${height}-${ext}`
  if (!assets.has(id)) {
    assets.set(id, {
      _id: id,
      _type: 'sanity.imageAsset',
      assetId: hash,
      extension: ext,
      path: `images/${hash}-${width}x${height}.${ext}`,
      originalFilename: info[id]?.originalFilename,
      metadata: {
        dimensions: {
          width: Number(width),
          height: Number(height),
          aspectRatio: Number(width) / Number(height),
        },
      },
    })
  }
  delete object._sanityAsset
  return { ...object, asset: { _type: 'reference', _ref: id } }
}

let cached: { dataset: Dataset; signature: string } | undefined
let reported: string | undefined

/**
 * The current dataset (the configured folder unless another is named); re-read only when
 * data.ndjson has changed since the last call.
 * If the file cannot be read, or a dataset that had documents now yields none (a
 * half-written or corrupt file), the last good dataset keeps being served and the
 * failure is logged once, so visitors see slightly old content instead of an error.
 */
export function loadDataset(dir: string = datasetDir()): Dataset {
  try {
    return readDataset(dir)
  } catch (error) {
    if (!cached || cached.dataset.dir !== dir) throw error
    const message = error instanceof Error ? error.message : String(error)
    if (reported !== message) {
      console.error(`[dataset] ${message}; serving the last good dataset`)
      reported = message
    }
    return cached.dataset
  }
}

function readDataset(dir: string): Dataset {
  const file = path.join(dir, 'data.ndjson')
  const stat = statSync(file)
  // Publishing replaces the file (a new inode), so this changes even within one mtime tick.
  const signature = `${dir}:${stat.ino}:${stat.size}:${stat.mtimeMs}`
  if (cached?.signature === signature) return cached.dataset
  let assetsJson = '{}'
  try {
    assetsJson = readFileSync(path.join(dir, 'assets.json'), 'utf8')
  } catch {
    // assets.json is optional: a dataset without images has none
  }
  const dataset = parseDataset(dir, readFileSync(file, 'utf8'), assetsJson)
  if (dataset.documents.length === 0 && cached && cached.dataset.documents.length > 0) {
    throw new Error(`${file} holds no readable document`)
  }
  if (reported) console.info(`[dataset] ${file} is readable again`)
  reported = undefined
  cached = { dataset, signature }
  return dataset
}

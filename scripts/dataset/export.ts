/** Writes a generated dataset as `sanity dataset export` lays it out: data.ndjson, assets.json, images/. */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { generateDocuments, syntheticSettings, type GenerateOptions } from './generate'

export type ExportOptions = GenerateOptions & {
  /** Put the bundled dataset's documents (and its images) in front of the synthetic ones. */
  withSeed?: string
}

export type ExportedDataset = { ndjson: string; assets: string; images: string[] }

export function exportDataset(options: ExportOptions): ExportedDataset {
  const documents = generateDocuments(options)
  const seedLines = options.withSeed
    ? readFileSync(path.join(options.withSeed, 'data.ndjson'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
    : [JSON.stringify(syntheticSettings(options.now, options.events))]
  const lines = [...seedLines, ...documents.map((doc) => JSON.stringify(doc))]
  const assets = options.withSeed
    ? readFileSync(path.join(options.withSeed, 'assets.json'), 'utf8')
    : '{}\n'
  const images = options.withSeed ? imagesIn(path.join(options.withSeed, 'images')) : []
  return { ndjson: `${lines.join('\n')}\n`, assets, images }
}

function imagesIn(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => !name.startsWith('.'))
  } catch {
    return []
  }
}

export function writeDataset(out: string, dataset: ExportedDataset, seedDir?: string): void {
  mkdirSync(path.join(out, 'images'), { recursive: true })
  writeFileSync(path.join(out, 'data.ndjson'), dataset.ndjson)
  writeFileSync(path.join(out, 'assets.json'), dataset.assets)
  for (const image of dataset.images) {
    if (seedDir) copyFileSync(path.join(seedDir, 'images', image), path.join(out, 'images', image))
  }
}

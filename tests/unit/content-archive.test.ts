import { createHash } from 'node:crypto'
import {
  createReadStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient } from '@sanity/client'
import { exportDataset } from '@sanity/export'
import { sanityImport } from '@sanity/import'
import { create, list } from 'tar'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { packDataset, unpackDataset } from '@/scripts/content/archive'
import { startProjectApi, type ProjectApi } from '../fixtures/project-api'

/**
 * `content:import` packs a dataset folder into the tarball `sanity dataset import` reads, and
 * `content:export` unpacks what `sanity dataset export` writes. The tarball is fed to the
 * importer the CLI itself uses (@sanity/import), against a recording stand-in for the API.
 */
const seedDir = path.resolve('sanity/seed')
const ndjsonDocuments = (text: string): unknown[] =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
const seedDocuments = ndjsonDocuments(readFileSync(path.join(seedDir, 'data.ndjson'), 'utf8'))

let work: string
let api: ProjectApi
beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'content-archive-test-'))
  api = await startProjectApi(seedDocuments)
})
afterAll(async () => {
  rmSync(work, { recursive: true, force: true })
  await api.close()
})
afterEach(() => {
  api.mutations.length = 0
  api.uploads.length = 0
})

async function entries(file: string): Promise<string[]> {
  const names: string[] = []
  await list({ file, onReadEntry: (entry) => void names.push(entry.path) })
  return names.sort()
}

const projectClient = () =>
  createClient({
    projectId: 'import',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: api.url,
    useProjectHostname: false,
    useCdn: false,
    token: 'transfer-token',
    maxRetries: 0,
  })

const runImport = (file: string) =>
  sanityImport(createReadStream(file), { client: projectClient(), operation: 'createOrReplace' })

/** The importer makes references weak to load documents in any order, then strengthens them. */
function withoutWeak(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutWeak)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '_weak')
      .map(([key, child]) => [key, withoutWeak(child)]),
  )
}

const created = () =>
  api.mutations.flatMap((m) => ('createOrReplace' in m ? [m.createOrReplace] : []))
const patches = () => api.mutations.flatMap((m) => ('patch' in m ? [m.patch] : []))

describe('packing the bundled dataset', () => {
  it('writes a gzipped tarball with the export layout under one folder', async () => {
    const file = path.join(work, 'seed.tar.gz')
    await packDataset(seedDir, file, 'production-export-test')
    expect([...readFileSync(file).subarray(0, 2)]).toEqual([0x1f, 0x8b])
    // Dotfiles such as images/.gitkeep stay out of the archive.
    expect(await entries(file)).toEqual([
      'production-export-test/',
      'production-export-test/assets.json',
      'production-export-test/data.ndjson',
      'production-export-test/files/',
      'production-export-test/images/',
    ])
  })

  it('is read by @sanity/import, which sends every document unchanged', async () => {
    const file = path.join(work, 'seed-import.tar.gz')
    await packDataset(seedDir, file, 'production-export-test')
    const result = await runImport(file)
    expect(result.numDocs).toBe(seedDocuments.length)
    expect(withoutWeak(created())).toEqual(seedDocuments)
    // Every reference made weak for loading is made strong again afterwards.
    const weakened = JSON.stringify(created()).match(/"_weak":true/g)?.length ?? 0
    const strengthened = patches().flatMap((patch) =>
      typeof patch === 'object' && patch !== null && 'unset' in patch && Array.isArray(patch.unset)
        ? patch.unset
        : [],
    )
    expect(weakened).toBeGreaterThan(0)
    expect(strengthened).toHaveLength(weakened)
    expect(strengthened.every((p) => String(p).endsWith('._weak'))).toBe(true)
  })

  it('carries images: the importer uploads the file under its original name and links it', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    )
    const sha1 = createHash('sha1').update(png).digest('hex')
    const dir = path.join(work, 'with-image')
    mkdirSync(path.join(dir, 'images'), { recursive: true })
    writeFileSync(path.join(dir, 'images', `${sha1}-1x1.png`), png)
    writeFileSync(path.join(dir, 'images', '.gitkeep'), '')
    writeFileSync(
      path.join(dir, 'assets.json'),
      JSON.stringify({ [`image-${sha1}`]: { originalFilename: 'portrait.png' } }),
    )
    const person = {
      _id: 'person-with-portrait',
      _type: 'person',
      name: 'Portrait Fixture',
      image: {
        _sanityAsset: `image@file://./images/${sha1}-1x1.png`,
        _type: 'accessibleImage',
        alt: { _type: 'localeString', en: 'A single pixel' },
      },
    }
    writeFileSync(path.join(dir, 'data.ndjson'), `${JSON.stringify(person)}\n`)

    const file = path.join(work, 'with-image.tar.gz')
    await packDataset(dir, file, 'production-export-test')
    expect(await entries(file)).toContain(`production-export-test/images/${sha1}-1x1.png`)
    await runImport(file)

    expect(api.uploads).toEqual([
      { type: 'image', filename: 'portrait.png', sha1, bytes: png.length },
    ])
    expect(JSON.stringify(patches())).toContain(`"_ref":"image-${sha1}-1x1-png"`)
    expect(created()).toEqual([
      {
        _id: 'person-with-portrait',
        _type: 'person',
        name: 'Portrait Fixture',
        image: { _type: 'accessibleImage', alt: { _type: 'localeString', en: 'A single pixel' } },
      },
    ])
  })

  it('refuses a folder that is not a dataset', async () => {
    await expect(packDataset(work, path.join(work, 'x.tar.gz'), 'x')).rejects.toThrow(
      'no data.ndjson',
    )
  })
})

describe('unpacking an export', () => {
  it('unpacks what the Sanity CLI’s exporter writes into the seed layout', async () => {
    const file = path.join(work, 'exported.tar.gz')
    await exportDataset({ client: projectClient(), dataset: 'production', outputPath: file })
    const target = path.join(work, 'exported')
    await unpackDataset(file, target)
    const documents = ndjsonDocuments(readFileSync(path.join(target, 'data.ndjson'), 'utf8'))
    expect(documents).toEqual(seedDocuments)
    expect(readdirSync(target).sort()).toEqual(['assets.json', 'data.ndjson', 'files', 'images'])
  })

  it('round-trips to identical documents, replacing stale images and keeping dotfiles', async () => {
    const file = path.join(work, 'round-trip.tar.gz')
    await packDataset(seedDir, file, 'production-export-2026-01-01t00-00-00-000z')
    const target = path.join(work, 'unpacked')
    mkdirSync(path.join(target, 'images'), { recursive: true })
    writeFileSync(path.join(target, 'images', '.gitkeep'), '')
    writeFileSync(path.join(target, 'images', 'stale-1x1.png'), 'old')
    writeFileSync(path.join(target, 'data.ndjson'), '{"_id":"old","_type":"event"}\n')

    await unpackDataset(file, target)
    const documents = ndjsonDocuments(readFileSync(path.join(target, 'data.ndjson'), 'utf8'))
    expect(documents).toEqual(seedDocuments)
    expect(readFileSync(path.join(target, 'assets.json'), 'utf8')).toBe(
      readFileSync(path.join(seedDir, 'assets.json'), 'utf8'),
    )
    expect(readdirSync(path.join(target, 'images'))).toEqual(['.gitkeep'])
  })

  it('refuses an archive without data.ndjson', async () => {
    const folder = path.join(work, 'not-a-dataset')
    mkdirSync(folder, { recursive: true })
    writeFileSync(path.join(folder, 'notes.txt'), 'hello')
    const file = path.join(work, 'not-a-dataset.tar.gz')
    await create({ gzip: true, file, cwd: work }, ['not-a-dataset'])
    await expect(unpackDataset(file, path.join(work, 'target'))).rejects.toThrow('no data.ndjson')
  })
})

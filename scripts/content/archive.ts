import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { create, extract } from 'tar'

/**
 * Moves a dataset folder in the `sanity dataset export` layout (data.ndjson, assets.json,
 * images/, files/) in and out of the gzipped tarball the Sanity CLI reads and writes. The CLI
 * imports only files, not folders, and expects everything under one top-level folder.
 */
const assetFolders = ['images', 'files'] as const
const visible = (name: string) => !name.startsWith('.')

/** Writes `<name>/data.ndjson, assets.json, images/, files/` into a .tar.gz at `file`. */
export async function packDataset(sourceDir: string, file: string, name: string): Promise<void> {
  const data = path.join(sourceDir, 'data.ndjson')
  if (!existsSync(data)) throw new Error(`${sourceDir} has no data.ndjson: not a dataset folder`)
  const staging = mkdtempSync(path.join(tmpdir(), 'dataset-pack-'))
  try {
    const root = path.join(staging, name)
    mkdirSync(root)
    cpSync(data, path.join(root, 'data.ndjson'))
    const assets = path.join(sourceDir, 'assets.json')
    if (existsSync(assets)) cpSync(assets, path.join(root, 'assets.json'))
    else writeFileSync(path.join(root, 'assets.json'), '{}\n')
    for (const folder of assetFolders)
      copyVisible(path.join(sourceDir, folder), path.join(root, folder))
    mkdirSync(path.dirname(file), { recursive: true })
    await create({ gzip: true, file, cwd: staging, portable: true }, [name])
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

/**
 * Unpacks an export tarball into `targetDir`, replacing its data.ndjson, assets.json and the
 * contents of images/ and files/ (dotfiles such as .gitkeep stay).
 */
export async function unpackDataset(file: string, targetDir: string): Promise<void> {
  const staging = mkdtempSync(path.join(tmpdir(), 'dataset-unpack-'))
  try {
    await extract({ file, cwd: staging })
    const root = findDatasetRoot(staging)
    mkdirSync(targetDir, { recursive: true })
    cpSync(path.join(root, 'data.ndjson'), path.join(targetDir, 'data.ndjson'))
    const assets = path.join(root, 'assets.json')
    if (existsSync(assets)) cpSync(assets, path.join(targetDir, 'assets.json'))
    else rmSync(path.join(targetDir, 'assets.json'), { force: true })
    for (const folder of assetFolders) {
      const target = path.join(targetDir, folder)
      if (existsSync(target)) {
        for (const entry of readdirSync(target).filter(visible)) {
          rmSync(path.join(target, entry), { recursive: true, force: true })
        }
      }
      copyVisible(path.join(root, folder), target)
    }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

/** The folder holding data.ndjson: the archive root or one level below (as the CLI writes it). */
function findDatasetRoot(dir: string): string {
  if (existsSync(path.join(dir, 'data.ndjson'))) return dir
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && existsSync(path.join(dir, entry.name, 'data.ndjson'))) {
      return path.join(dir, entry.name)
    }
  }
  throw new Error('The archive holds no data.ndjson: not a Sanity dataset export')
}

function copyVisible(from: string, to: string) {
  mkdirSync(to, { recursive: true })
  if (!existsSync(from)) return
  for (const entry of readdirSync(from).filter(visible)) {
    cpSync(path.join(from, entry), path.join(to, entry), { recursive: true })
  }
}

import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The public addresses the bundled dataset should produce, worked out from the dataset file
 * itself (published documents only), so sitemap tests follow the data rather than a list.
 */
const sections: Record<string, string> = {
  event: 'events',
  person: 'people',
  organisation: 'organisations',
  initiative: 'initiatives',
}

type Doc = { _id: string; _type: string; slug?: { current?: string } }

function isDoc(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && '_id' in value && '_type' in value
}

export function seedDocuments(): Doc[] {
  const text = readFileSync(path.resolve('sanity/seed/data.ndjson'), 'utf8')
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line): unknown => JSON.parse(line))
    .filter(isDoc)
}

export function publishedPagePaths(locale = 'en'): string[] {
  const lists = ['', '/events', '/people', '/organisations', '/initiatives'].map(
    (list) => `/${locale}${list}`,
  )
  const pages = seedDocuments()
    .filter((doc) => !doc._id.startsWith('drafts.') && doc._type in sections && doc.slug?.current)
    .map((doc) => `/${locale}/${sections[doc._type]}/${doc.slug?.current}`)
  return [...lists, ...pages]
}

export function draftOnlySlugs(): string[] {
  const documents = seedDocuments()
  const published = new Set(documents.map((doc) => doc._id))
  return documents
    .filter((doc) => doc._id.startsWith('drafts.') && !published.has(doc._id.slice(7)))
    .map((doc) => doc.slug?.current ?? '')
    .filter(Boolean)
}

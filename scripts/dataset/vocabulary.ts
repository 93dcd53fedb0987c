/** Word lists and shapes shared by the synthetic dataset generator. */
import type { Random } from './random'

export const syntheticPrefix = 'synthetic-'

/** Zones events are organised in, weighted towards the places such events usually happen. */
export const timeZones = [
  ['America/New_York', 30],
  ['Europe/Zurich', 20],
  ['Europe/Vienna', 8],
  ['Africa/Nairobi', 8],
  ['Asia/Bangkok', 7],
  ['America/Santiago', 5],
  ['Asia/Tokyo', 5],
  ['Australia/Sydney', 4],
  ['America/Los_Angeles', 4],
  ['Asia/Kolkata', 4],
  ['UTC', 5],
] as const

export const cities: Record<string, readonly [string, string]> = {
  'America/New_York': ['New York', 'United States'],
  'Europe/Zurich': ['Geneva', 'Switzerland'],
  'Europe/Vienna': ['Vienna', 'Austria'],
  'Africa/Nairobi': ['Nairobi', 'Kenya'],
  'Asia/Bangkok': ['Bangkok', 'Thailand'],
  'America/Santiago': ['Santiago', 'Chile'],
  'Asia/Tokyo': ['Tokyo', 'Japan'],
  'Australia/Sydney': ['Sydney', 'Australia'],
  'America/Los_Angeles': ['Los Angeles', 'United States'],
  'Asia/Kolkata': ['New Delhi', 'India'],
  UTC: ['Bonn', 'Germany'],
}

export const subjects = [
  'open data',
  'digital public infrastructure',
  'open source procurement',
  'data protection',
  'climate data',
  'digital identity',
  'public health informatics',
  'cybersecurity',
  'artificial intelligence governance',
  'digital skills',
  'connectivity',
  'interoperability',
  'open standards',
  'digital inclusion',
  'e-government services',
] as const

export const honorifics = ['Ms.', 'Mr.', 'Dr.', 'Prof.', 'H.E.'] as const

export const positions = [
  'Director',
  'Chief of Section',
  'Programme Officer',
  'Senior Adviser',
  'Minister',
  'Researcher',
  'Head of Unit',
  'Policy Officer',
  'Ambassador',
  'Chief Technology Officer',
] as const

export { initiativeStatuses, organisationKinds } from '../../lib/event-options'

export const localeString = (en: string) => ({ _type: 'localeString', en })
export const localeText = (en: string) => ({ _type: 'localeText', en })
export const slug = (current: string) => ({ _type: 'slug', current })
export const reference = (id: string) => ({ _type: 'reference', _ref: id })

/** `_key`s unique within one document. */
export function keyMaker(): () => string {
  let n = 0
  return () => `k${(n++).toString(36).padStart(4, '0')}`
}

export const keyedReference = (id: string, key: () => string) => ({ ...reference(id), _key: key() })

export function sentence(random: Random, subject: string): string {
  const openings = [
    `Synthetic text for tests and benchmarks about ${subject}.`,
    `Participants compare approaches to ${subject} in public institutions.`,
    `The session looks at what has worked in ${subject} and what has not.`,
    `Speakers discuss budgets, skills and partnerships for ${subject}.`,
  ]
  return random.pick(openings)
}

export function blocks(random: Random, subject: string, key: () => string) {
  const count = random.int(1, 3)
  return Array.from({ length: count }).flatMap((_, i) => [
    block('h2', `Part ${i + 1}: ${subject}`, key),
    block('normal', `${sentence(random, subject)} ${sentence(random, subject)}`, key),
  ])
}

function block(style: string, text: string, key: () => string) {
  return {
    _type: 'block',
    _key: key(),
    style,
    markDefs: [],
    children: [{ _type: 'span', _key: key(), text, marks: [] }],
  }
}

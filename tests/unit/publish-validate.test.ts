// @vitest-environment jsdom
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyEdits, parseAssignment, type Document, type Edit } from '@/scripts/publish/edit'
import { documentsIn, findDocument } from '@/scripts/publish/ndjson'
import { parsePath } from '@/scripts/publish/path'
import { publishLocal } from '@/scripts/publish/publish'
import {
  InvalidDocumentError,
  openValidator,
  refusing,
  type Validator,
} from '@/scripts/publish/validate'

/**
 * The local publish command validates an edit with the Studio's own rules before writing
 * (scripts/publish/validate.ts), on a copy of the bundled dataset.
 */
const eventId = 'event-from-open-software-to-open-culture'
const seedText = readFileSync(path.resolve('sanity/seed/data.ndjson'), 'utf8')
const seed = documentsIn(seedText)
const event = findDocument(seedText, eventId) as Document

let validate: Validator
let dir: string

beforeAll(async () => {
  validate = await openValidator()
  dir = mkdtempSync(path.join(tmpdir(), 'publish-validate-'))
  cpSync(path.resolve('sanity/seed'), dir, { recursive: true })
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const unset = (field: string): Edit => ({ kind: 'unset', path: parsePath(field) })

async function errorsAfter(edits: Edit[], base: Document = event) {
  const edited = applyEdits(base, edits)
  const dataset = seed.map((document) => (document._id === edited._id ? edited : document))
  return refusing(await validate(edited, dataset)).map(({ path, message }) => ({ path, message }))
}

describe('the Studio’s rules, from the command line', () => {
  it('every document of the bundled dataset passes as it is', async () => {
    const failing = []
    for (const document of seed) {
      const errors = refusing(await validate(document, seed))
      if (errors.length > 0) failing.push({ id: document._id, errors })
    }
    expect(failing).toEqual([])
  })

  it('a start that is not a date is refused on the start field', async () => {
    expect(await errorsAfter([parseAssignment('start=not a date')])).toContainEqual({
      path: 'start',
      message: 'The event needs a start date and time.',
    })
  })

  it('an emptied required field is refused with the Studio’s message', async () => {
    expect(await errorsAfter([unset('timeZone')])).toEqual([
      { path: 'timeZone', message: 'Enter the time zone the event is organised in.' },
    ])
    expect(await errorsAfter([parseAssignment('title.en= ')])).toEqual([
      { path: 'title', message: 'The title is required in English.' },
    ])
  })

  it('a field the schema does not have is refused, at any depth', async () => {
    const [appearance] = event.appearances as { _key: string }[]
    const errors = await errorsAfter([
      parseAssignment('capcity:=120'),
      parseAssignment(`appearances[_key=="${appearance?._key}"].rol=panelist`),
    ])
    expect(errors).toHaveLength(2)
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          path: 'capcity',
          message: expect.stringMatching(/^Event has no field "capcity" \(its fields: title, /),
        },
        {
          path: `appearances[_key=="${appearance?._key}"].rol`,
          message: expect.stringMatching(/^Appearance has no field "rol" \(its fields: .*\brole\b/),
        },
      ]),
    )
  })

  it('a web address another event has is refused, as the Studio checks it', async () => {
    const copy = { ...event, _id: 'event-copy' }
    expect(await errorsAfter([], copy)).toContainEqual({
      path: 'slug',
      message:
        'Another event already uses this web address. Change it, for example by adding the year.',
    })
  })

  it('a valid edit is still written, and a refused one leaves the file as it was', async () => {
    const file = path.join(dir, 'data.ndjson')
    const check = async (document: Document, dataset: readonly Document[]) => {
      const errors = refusing(await validate(document, dataset))
      if (errors.length > 0) throw new InvalidDocumentError(document._id, errors)
    }
    const before = readFileSync(file, 'utf8')
    await expect(
      publishLocal({
        datasetDir: dir,
        id: eventId,
        change: { kind: 'update', edits: [parseAssignment('end=not a date either')] },
        check,
      }),
    ).rejects.toThrow(/end: The event needs an end date and time\./)
    expect(readFileSync(file, 'utf8')).toBe(before)

    const result = await publishLocal({
      datasetDir: dir,
      id: eventId,
      change: { kind: 'update', edits: [parseAssignment('title.en=Checked and published')] },
      check,
    })
    expect(result.changed).toBe(true)
    expect(findDocument(readFileSync(file, 'utf8'), eventId)?.title).toMatchObject({
      en: 'Checked and published',
    })
  })
})

describe('npm run content:publish', () => {
  it('refuses an invalid edit with the field’s message, exits 3 and writes nothing', () => {
    const file = path.join(dir, 'data.ndjson')
    const before = readFileSync(file)
    const run = spawnSync(
      'npx',
      ['tsx', 'scripts/content-publish.ts', eventId, 'start=not a date', '--dataset', dir],
      { encoding: 'utf8', env: { ...process.env, SANITY_REVALIDATE_SECRET: 'unused-secret' } },
    )
    expect(run.status, run.stderr).toBe(3)
    expect(run.stderr).toContain('start: The event needs a start date and time.')
    expect(run.stderr).toContain('Nothing was written.')
    expect(readFileSync(file).equals(before)).toBe(true)
  }, 60_000)
})

import { createServer, type Server } from 'node:http'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { planRevalidation, webhookDocument } from '@/lib/content/revalidation'
import { readSignedBody } from '@/lib/content/webhook'
import { parseAssignment } from '@/scripts/publish/edit'
import { publishInto } from '@/scripts/publish/ndjson'
import { publishLocal } from '@/scripts/publish/publish'

const lines = [
  '{"_id": "person-1", "_type": "person", "name": "Ada", "slug": {"_type": "slug", "current": "ada"}}',
  'not a document',
  '{"_id": "event-1", "_type": "event", "title": {"en": "Open"}, "slug": {"current": "open"}}',
]
const text = `${lines.join('\n')}\n`
const stamp = { now: new Date('2026-01-02T03:04:05Z'), rev: 'rev-new' }

describe('publishInto', () => {
  it('rewrites only the changed line and stamps it like the Content Lake', () => {
    const {
      text: next,
      before,
      after,
    } = publishInto(
      text,
      'event-1',
      { kind: 'update', edits: [parseAssignment('title.en=Closed')] },
      stamp,
    )
    const out = next.split('\n')
    expect(out.slice(0, 2)).toEqual(lines.slice(0, 2))
    expect(out[3]).toBe('')
    expect(JSON.parse(out[2] ?? '')).toEqual({
      ...JSON.parse(lines[2] ?? ''),
      title: { en: 'Closed' },
      _updatedAt: '2026-01-02T03:04:05.000Z',
      _rev: 'rev-new',
    })
    expect(before?.title).toEqual({ en: 'Open' })
    expect(after?.title).toEqual({ en: 'Closed' })
  })

  it('creates a document at the end and deletes one', () => {
    const created = publishInto(
      text,
      'event-2',
      { kind: 'create', type: 'event', edits: [parseAssignment('slug.current=new')] },
      stamp,
    )
    const last = created.text.trimEnd().split('\n').at(-1) ?? ''
    expect(JSON.parse(last)).toMatchObject({ _id: 'event-2', _type: 'event', _rev: 'rev-new' })
    expect(created.text.endsWith('\n')).toBe(true)

    const deleted = publishInto(text, 'person-1', { kind: 'delete' }, stamp)
    expect(deleted.text).toBe(`${lines.slice(1).join('\n')}\n`)
    expect(deleted.after).toBeUndefined()
  })

  it('changes nothing when there is nothing to change, and explains mistakes', () => {
    expect(publishInto(text, 'event-1', { kind: 'update', edits: [] }, stamp).text).toBe(text)
    expect(() => publishInto(text, 'nope', { kind: 'update', edits: [] }, stamp)).toThrow(
      /no document nope; add --create/,
    )
    expect(() =>
      publishInto(text, 'event-1', { kind: 'create', type: 'event', edits: [] }, stamp),
    ).toThrow(/already exists/)
  })
})

describe('publishLocal', () => {
  const secret = 'local-publish-secret'
  let server: Server
  let url: string
  let received: { status: number; body: unknown }[] = []
  let dir: string

  beforeAll(async () => {
    // Stands in for the portal's route: it checks the signature with the same code.
    server = createServer(async (req, res) => {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(Buffer.from(chunk))
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value)
      }
      const request = new Request(`http://localhost${req.url}`, {
        method: 'POST',
        headers,
        body: Buffer.concat(chunks),
      })
      const signed = await readSignedBody(request, secret)
      const status = signed.ok ? 200 : signed.status
      received.push({ status, body: signed.ok ? signed.body : null })
      const plan = signed.ok ? planRevalidation(webhookDocument.parse(signed.body)) : null
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(plan))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (typeof address !== 'object' || address === null) throw new Error('no port')
    url = `http://127.0.0.1:${address.port}`
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  beforeEach(() => {
    received = []
    dir = mkdtempSync(path.join(tmpdir(), 'publish-'))
    writeFileSync(path.join(dir, 'data.ndjson'), text)
  })

  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('saves the change and sends the signed webhook body Sanity would send', async () => {
    const result = await publishLocal({
      datasetDir: dir,
      id: 'event-1',
      change: { kind: 'update', edits: [parseAssignment('slug.current=renamed')] },
      siteUrl: url,
      secret,
    })
    const saved = readFileSync(path.join(dir, 'data.ndjson'), 'utf8')
    expect(saved).toContain('"current":"renamed"')
    expect(readdirSync(dir)).toEqual(['data.ndjson'])
    expect(received).toEqual([
      {
        status: 200,
        body: { _id: 'event-1', _type: 'event', slug: 'renamed', previousSlug: 'open' },
      },
    ])
    expect(result.answer).toEqual({
      status: 200,
      body: {
        kind: 'revalidate',
        tags: ['doc:event-1', 'type:event', 'slug:event:renamed', 'slug:event:open'],
      },
    })
  })

  it('sends the slug of a deleted document so its page is refreshed', async () => {
    await publishLocal({
      datasetDir: dir,
      id: 'person-1',
      change: { kind: 'delete' },
      siteUrl: url,
      secret,
    })
    expect(received[0]?.body).toEqual({
      _id: 'person-1',
      _type: 'person',
      slug: 'ada',
      previousSlug: 'ada',
    })
  })

  it('keeps the saved change and reports an unreachable site instead of failing', async () => {
    const result = await publishLocal({
      datasetDir: dir,
      id: 'person-1',
      change: { kind: 'update', edits: [parseAssignment('name=Grace')] },
      siteUrl: 'http://127.0.0.1:9',
      secret,
    })
    expect(readFileSync(path.join(dir, 'data.ndjson'), 'utf8')).toContain('"name":"Grace"')
    expect(result.answer).toMatchObject({ error: expect.stringMatching(/could not reach/) })
  })

  it('refuses to save a change it could not announce for want of a secret', async () => {
    await expect(
      publishLocal({
        datasetDir: dir,
        id: 'person-1',
        change: { kind: 'update', edits: [parseAssignment('name=Grace')] },
        siteUrl: url,
      }),
    ).rejects.toThrow(/SANITY_REVALIDATE_SECRET/)
    expect(readFileSync(path.join(dir, 'data.ndjson'), 'utf8')).toBe(text)
  })
})

// @vitest-environment jsdom
import { resolveInitialValue } from 'sanity'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { eventFromSeries } from '@/sanity/templates/event-in-series'
import { openStudio, type TestStudio } from '../../fixtures/studio'
import { ref } from '../../fixtures/studio-documents'

/** The Studio as sanity.config.ts builds it: tools, templates, document actions. */
let studio: TestStudio
beforeAll(async () => {
  studio = await openStudio([
    {
      _id: 'series-hlw',
      _type: 'eventSeries',
      timeZone: 'America/New_York',
      organisers: [
        { _key: 'o1', ...ref('org-oict') },
        { _key: 'o2', ...ref('org-dpga') },
      ],
    },
    // An unpublished change to the series is what staff see, so it is what new events get.
    { _id: 'drafts.series-geneva', _type: 'eventSeries', timeZone: 'Europe/Zurich' },
    { _id: 'series-bare', _type: 'eventSeries' },
  ])
})
afterAll(() => studio.close())

const actionsFor = (schemaType: string) =>
  studio.workspace.document
    .actions({ schemaType, documentId: 'x', releaseId: undefined, versionType: 'draft' })
    .map((action) => action.action ?? action.displayName)

describe('Studio configuration', () => {
  it('is mounted at /studio with Structure and Preview, and no query tool outside development', () => {
    expect(studio.workspace.basePath).toBe('/studio')
    const tools = studio.workspace.tools.map((tool) => tool.name)
    expect(tools.slice(0, 2)).toEqual(['structure', 'presentation'])
    expect(tools).not.toContain('vision')
  })

  it('adds the query tool (Vision) in development', async () => {
    vi.stubEnv('NODE_ENV', 'development')
    vi.resetModules()
    try {
      const { default: devConfig } = await import('@/sanity.config')
      const plugins = (devConfig.plugins ?? []).map((plugin) => plugin.name)
      expect(plugins).toContain('@sanity/vision')
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('Settings is a singleton: only publish, discard and restore, never delete or duplicate', () => {
    expect(actionsFor('siteSettings').sort()).toEqual(['discardChanges', 'publish', 'restore'])
    expect(actionsFor('event')).toEqual(expect.arrayContaining(['delete', 'duplicate', 'publish']))
  })

  it('Settings cannot be created from the "new document" menu', () => {
    const templates = studio.workspace.templates.map((template) => template.id)
    expect(templates).not.toContain('siteSettings')
    const global = studio.workspace.document.resolveNewDocumentOptions({ type: 'global' })
    expect(global.map((item) => item.templateId)).not.toContain('siteSettings')
    expect(global.map((item) => item.templateId)).not.toContain('event-in-series')
    expect(global.map((item) => item.templateId)).toEqual(
      expect.arrayContaining([
        'event',
        'person',
        'organisation',
        'initiative',
        'topic',
        'eventSeries',
      ]),
    )
  })

  it.each([
    'event',
    'eventSeries',
    'person',
    'organisation',
    'initiative',
    'topic',
    'siteSettings',
  ])('%s documents have the language filter', (schemaType) => {
    const filters = studio.workspace.document.unstable_languageFilter({
      schemaType,
      documentId: 'x',
    })
    expect(filters).toHaveLength(1)
  })

  it.each(['event', 'person', 'organisation', 'initiative'])(
    '%s documents can share a preview link',
    (type) => {
      expect(actionsFor(type)).toContain('SharePreviewLinkAction')
    },
  )

  it.each(['topic', 'eventSeries', 'siteSettings'])(
    '%s documents have no page to share',
    (type) => {
      expect(actionsFor(type)).not.toContain('SharePreviewLinkAction')
    },
  )
})

describe('a new event in a series', () => {
  const template = () => {
    const found = studio.workspace.templates.find((t) => t.id === 'event-in-series')
    if (!found) throw new Error('the event-in-series template is missing')
    return found
  }
  const resolve = (seriesId: string) =>
    resolveInitialValue(
      studio.workspace.schema,
      template(),
      { seriesId },
      {
        projectId: 'test',
        dataset: 'production',
        schema: studio.workspace.schema,
        currentUser: null,
        getClient: () => studio.client,
      },
    )

  it("starts with the series, its organisers and its time zone, and the event's own defaults", async () => {
    expect(await resolve('series-hlw')).toEqual({
      _type: 'event',
      series: ref('series-hlw'),
      timeZone: 'America/New_York',
      organisers: [
        { _key: 'o1', ...ref('org-oict') },
        { _key: 'o2', ...ref('org-dpga') },
      ],
      status: 'scheduled',
      attendanceMode: 'inPerson',
      registration: { _type: 'registration', mode: 'none' },
    })
  })

  it("uses the series' unpublished changes", async () => {
    expect(await resolve('series-geneva')).toMatchObject({ timeZone: 'Europe/Zurich' })
  })

  it('falls back to the usual defaults when the series has none', async () => {
    expect(await resolve('series-bare')).toMatchObject({
      series: ref('series-bare'),
      timeZone: 'UTC',
    })
  })

  it('ignores malformed series data instead of failing', () => {
    expect(eventFromSeries('s', { organisers: 'not a list' })).toEqual({ series: ref('s') })
    expect(eventFromSeries('s', null)).toEqual({ series: ref('s') })
    expect(eventFromSeries('s', { organisers: [{ _ref: 'org-a' }] })).toEqual({
      series: ref('s'),
      organisers: [{ _type: 'reference', _ref: 'org-a', _key: 'organiser-0' }],
    })
  })
})

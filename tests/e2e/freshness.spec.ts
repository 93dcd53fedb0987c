import { spawnSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { expiryTiming } from '../../lib/content/revalidation'
import { parseAssignment } from '../../scripts/publish/edit'
import { e2e } from './env'
import { ContentEditor } from './helpers/content'
import { heading, html, seed } from './helpers/pages'

/**
 * Publishing refreshes the site within one request, without a rebuild: the dataset of the
 * running server changes, a signed webhook arrives, and every page that shows the changed
 * document is rendered again at its next visit.
 */
const editor = new ContentEditor()
const set = (...assignments: string[]) => ({
  kind: 'update' as const,
  edits: assignments.map(parseAssignment),
})

test.beforeEach(() => editor.snapshot())
test.afterEach(() => editor.restore())

test('a new title shows on the event page and on the home page at the next request', async ({
  page,
  request,
}) => {
  await page.goto(seed.eventPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title)

  const tags = await editor.publish(seed.eventId, set('title.en=Open Culture, Revised'))
  expect(tags).toEqual(
    expect.arrayContaining([`doc:${seed.eventId}`, 'type:event', expect.stringMatching(/^slug:/)]),
  )

  await page.goto(seed.eventPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open Culture, Revised')
  await page.goto('/en')
  await expect(
    page.getByRole('link', { name: 'Open Culture, Revised', exact: true }).first(),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: seed.title })).toHaveCount(0)
  expect(await heading(request, seed.eventPath)).toBe('Open Culture, Revised')
})

test('the events list shows a new title at the next request', async ({ request }) => {
  // The seed event is over, so it is listed among past events.
  const list = await request.get('/en/events?when=past')
  expect(list.status()).toBe(200)
  expect(await list.text()).toContain(seed.title)
  await editor.publish(seed.eventId, set('title.en=Listed Under A New Title'))
  const after = await html(request, '/en/events?when=past')
  expect(after).toContain('Listed Under A New Title')
  expect(after).not.toContain(seed.title)
})

test('a renamed person changes on every event page that shows them', async ({ request }) => {
  // A second event with the same person, published first.
  await editor.publish('event-freshness-second', {
    kind: 'create',
    type: 'event',
    edits: [
      'title:={"_type":"localeString","en":"A Second Event With The Moderator"}',
      'slug:={"_type":"slug","current":"freshness-second-event"}',
      'start=2099-05-04T14:00:00.000Z',
      'end=2099-05-04T15:30:00.000Z',
      'timeZone=Europe/Geneva',
      'attendanceMode=online',
      `appearances:=[{"_type":"appearance","_key":"f1","role":"moderator","person":{"_type":"reference","_ref":"${seed.personId}"}}]`,
    ].map(parseAssignment),
  })
  const pages = [seed.eventPath, '/en/events/freshness-second-event']
  editor.visitAfterRestore(pages[1] ?? '')
  for (const path of pages) expect(await html(request, path)).toContain(seed.personName)

  await editor.publish(seed.personId, set('name=Salim Avanti'))
  for (const path of pages) {
    const text = await html(request, path)
    expect(text).toContain('Salim Avanti')
    expect(text).not.toContain(seed.personName)
  }
})

test('a renamed organisation changes on the event pages that show it', async ({ request }) => {
  expect(await html(request, seed.eventPath)).toContain(seed.organisationName)
  await editor.publish(seed.organisationId, set('name.en=Office of ICT, Renamed'))
  const text = await html(request, seed.eventPath)
  expect(text).toContain('Office of ICT, Renamed')
  expect(text).not.toContain(seed.organisationName)
})

test('a new event appears at its address and in the upcoming list, and goes when deleted', async ({
  request,
}) => {
  const path = '/en/events/freshness-new-event'
  editor.visitAfterRestore(path)
  // Visited before it exists: the not-found answer must not outlive the publish.
  await html(request, path, 404)
  await html(request, path, 404)
  expect(await html(request, '/en')).not.toContain('A Freshly Published Event')

  await editor.publish('event-freshness-new', {
    kind: 'create',
    type: 'event',
    edits: [
      'title:={"_type":"localeString","en":"A Freshly Published Event"}',
      'slug:={"_type":"slug","current":"freshness-new-event"}',
      'start=2099-06-01T09:00:00.000Z',
      'end=2099-06-01T10:00:00.000Z',
      'timeZone=UTC',
      'attendanceMode=online',
    ].map(parseAssignment),
  })
  expect(await heading(request, path)).toBe('A Freshly Published Event')
  expect(await html(request, '/en')).toContain('A Freshly Published Event')

  await editor.publish('event-freshness-new', { kind: 'delete' })
  await html(request, path, 404)
  expect(await html(request, '/en')).not.toContain('A Freshly Published Event')
})

test('a changed slug moves the page: the old address is gone, the new one serves it', async ({
  request,
}) => {
  editor.visitAfterRestore('/en/events/open-culture-moved')
  await editor.publish(seed.eventId, set('slug.current=open-culture-moved'))
  expect(await heading(request, '/en/events/open-culture-moved')).toBe(seed.title)
  await html(request, seed.eventPath, 404)
})

test('a page whose render was under way during a publish does not keep the old content', async ({
  request,
}) => {
  // The race is timing-dependent: several rounds make a regression show up reliably.
  for (let round = 0; round < 4; round++) {
    for (const path of [seed.eventPath, '/en']) {
      await editor.publish(seed.eventId, set(`title.en=Rendering Before ${round}`))
      // A visit whose render starts with the old content, just before the next publish.
      const underWay = request.get(path)
      await editor.publish(seed.eventId, set(`title.en=Published During ${round}`))
      await underWay
      await expect
        .poll(async () => (await html(request, path)).includes(`Published During ${round}`), {
          timeout: expiryTiming.settleMs.local + expiryTiming.repeatAfterMs + 2000,
        })
        .toBe(true)
    }
  }
})

test('the publish command changes the page and says what it revalidated', async ({ request }) => {
  editor.track(seed.personId)
  const run = spawnSync(
    'npm',
    [
      'run',
      '--silent',
      'content:publish',
      '--',
      seed.personId,
      'name=Salem Avan Published',
      '--url',
      e2e.baseURL,
    ],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        LOCAL_DATASET_DIR: e2e.datasetDir,
        SANITY_REVALIDATE_SECRET: e2e.revalidateSecret,
      },
    },
  )
  expect(run.status, run.stderr).toBe(0)
  expect(run.stdout).toContain(`Updated ${seed.personId}`)
  expect(run.stdout).toContain(`doc:${seed.personId}`)
  expect(await html(request, seed.eventPath)).toContain('Salem Avan Published')
})

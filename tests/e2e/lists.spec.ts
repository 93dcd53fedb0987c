import { expect, test } from '@playwright/test'

const eventTitle = 'From Open Software to Open Culture'

test('home: recent events when nothing is upcoming, featured initiatives, latest recordings', async ({
  page,
}) => {
  await page.goto('/en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Event Portal')
  const events = page.getByRole('region', { name: 'Recent events' })
  await expect(events.getByText('No upcoming events are scheduled')).toBeVisible()
  await expect(events.getByRole('heading', { level: 3 })).toHaveText([eventTitle])
  const featured = page.getByRole('region', { name: 'Featured initiatives' })
  await expect(featured.getByRole('heading', { level: 3 })).toHaveText([
    'Open Source Technology Challenge Initiative',
    'UN Secretariat Open Source Programme Office',
  ])
  const recordings = page.getByRole('region', { name: 'Latest recordings' })
  await expect(
    recordings.getByRole('link', { name: `Watch the recording of ${eventTitle}` }),
  ).toHaveAttribute('href', /^https:\/\/webtv\.un\.org\//)
})

test('events: upcoming by default, past and year views, the section marked in the navigation', async ({
  page,
}) => {
  await page.goto('/en/events')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events')
  await expect(page.getByRole('heading', { name: 'No events' })).toBeVisible()
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }),
  ).toHaveAttribute('aria-current', 'page')
  await page.getByRole('link', { name: 'See the 1 past event that matches' }).click()
  await expect(page).toHaveURL(/\/en\/events\?when=past$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Past events')
  await expect(page.getByRole('heading', { name: '1 event' })).toBeVisible()
  await expect(page.getByRole('link', { name: eventTitle })).toBeVisible()
  const views = page.getByRole('navigation', { name: 'Event lists' })
  await expect(views.getByRole('link', { name: 'Past' })).toHaveAttribute('aria-current', 'page')
  // Both tabs are served by rewrites of the same address; moving between them in the page
  // shows each one's own list.
  await views.getByRole('link', { name: 'Upcoming' }).click()
  await expect(page).toHaveURL(/\/en\/events$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events')
  await views.getByRole('link', { name: 'Past' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Past events')
  await page.getByRole('link', { name: '2021 (1)' }).click()
  await expect(page).toHaveURL(/\/en\/events\?when=2021$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events in 2021')
})

test('events: the filter form narrows the list and keeps its choices in the address', async ({
  page,
}) => {
  await page.goto('/en/events?when=past')
  await page.getByLabel('Search events').fill('Salem')
  await page.getByLabel('Format').selectOption('online')
  await page.getByLabel('Topic').selectOption({ label: 'COVID-19 response' })
  await page.getByRole('button', { name: 'Show events' }).click()
  await expect(page).toHaveURL(/\/en\/events\?attendance=online&q=Salem&topic=covid-19&when=past$/)
  await expect(page.getByRole('heading', { name: '1 event' })).toBeVisible()
  await expect(page.getByLabel('Search events')).toHaveValue('Salem')

  await page.getByLabel('Format').selectOption('inPerson')
  await page.getByRole('button', { name: 'Show events' }).click()
  await expect(page.getByRole('heading', { name: 'No events' })).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('heading', { name: '1 event' })).toBeVisible()
})

test('events with a person: named, kept by the filter form, and removable', async ({ page }) => {
  await page.goto('/en/events?person=salem-avan&when=past')
  await expect(page.getByText('Events with Salem Avan, in any role.')).toBeVisible()
  await expect(page.getByRole('heading', { name: '1 event' })).toBeVisible()
  await expect(page.getByRole('link', { name: eventTitle })).toBeVisible()
  await page.getByLabel('Format').selectOption('online')
  await page.getByRole('button', { name: 'Show events' }).click()
  await expect(page).toHaveURL(/\/en\/events\?attendance=online&person=salem-avan&when=past$/)
  await expect(page.getByRole('heading', { name: '1 event' })).toBeVisible()
  await page.getByRole('link', { name: 'Show events with anyone' }).click()
  await expect(page).toHaveURL(/\/en\/events\?attendance=online&when=past$/)
  // The page before stays in the document, hidden (the router keeps it for going back).
  await expect(page.getByText('Events with Salem Avan').filter({ visible: true })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: '1 event' })).toBeVisible()
})

test('an address naming no person says so and lists without that filter', async ({ page }) => {
  await page.goto('/en/events?person=nobody&when=past')
  await expect(
    page.getByText('There is no person “nobody”; that filter was left out.'),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: '1 event' })).toBeVisible()
})

test('people: the list and a person with their role at each event', async ({ page }) => {
  await page.goto('/en/people')
  await expect(page.getByRole('heading', { name: '9 people' })).toBeVisible()
  await page.getByRole('link', { name: 'Salem Avan' }).click()
  await expect(page).toHaveURL(/\/en\/people\/salem-avan$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Salem Avan')
  const past = page.getByRole('region', { name: 'Past' })
  await expect(past.getByRole('link', { name: eventTitle })).toBeVisible()
  await expect(past.getByRole('listitem').filter({ hasText: /^\s*Moderator/ })).toContainText(
    'Director, Policy, Strategy and Governance Division',
  )
})

test('a person with a custom role label shows it', async ({ page }) => {
  await page.goto('/en/people/bernardo-mariano-junior')
  await expect(page.getByRole('region', { name: 'Past' })).toContainText(
    'Remarks and announcements',
  )
})

test('organisations: the list, and an organisation with its people, events and initiatives', async ({
  page,
}) => {
  await page.goto('/en/organisations')
  await expect(page.getByRole('heading', { name: '11 organisations' })).toBeVisible()
  await page.getByRole('link', { name: 'United Nations Office of Information' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(OICT)')
  await expect(page.getByRole('link', { name: 'United Nations', exact: true })).toBeVisible()
  const people = page.getByRole('region', { name: 'People' })
  await expect(people.getByRole('link')).toHaveText(['Bernardo Mariano Junior', 'Salem Avan'])
  const events = page.getByRole('region', { name: 'Events organised' })
  await expect(events.getByRole('heading', { level: 4 })).toHaveText([eventTitle])
  const initiatives = page.getByRole('region', { name: 'Initiatives led' })
  await expect(initiatives.getByRole('link')).toHaveText([
    'Open Source Technology Challenge Initiative',
    'UN Secretariat Open Source Programme Office',
  ])
})

test('initiatives: filter by status, and an initiative with its leads, events and people', async ({
  page,
}) => {
  await page.goto('/en/initiatives')
  await expect(page.getByRole('heading', { name: '4 initiatives' })).toBeVisible()
  await page.getByRole('link', { name: 'Announced', exact: true }).click()
  await expect(page).toHaveURL(/\/en\/initiatives\?status=announced$/)
  await expect(page.getByRole('heading', { name: '2 initiatives' })).toBeVisible()
  await page.getByRole('link', { name: 'Open Source Technology Challenge Initiative' }).click()
  const facts = page.locator('dl.facts')
  await expect(facts).toContainText('Announced')
  await expect(
    facts.getByRole('link', { name: 'Directorate-General for Digital Services' }),
  ).toBeVisible()
  await expect(facts.getByRole('link', { name: eventTitle })).toBeVisible()
  await expect(page.getByRole('region', { name: 'People' }).getByRole('link')).toHaveCount(9)
})

test('search: ranked results across types, with counts per type', async ({ page }) => {
  await page.goto('/en/search')
  await page.getByLabel('Search the portal').fill('digital public goods')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/en\/search\?q=digital\+public\+goods$/)
  const types = page.getByRole('navigation', { name: 'Result types' })
  await expect(types.getByRole('link', { name: 'Organisations (1)' })).toBeVisible()
  await expect(types.getByRole('link', { name: 'Initiatives (1)' })).toBeVisible()
  const results = page.getByRole('list', { name: /results? for/ })
  await expect(results.getByRole('heading', { level: 3 }).first()).toHaveText(
    'Digital Public Goods Alliance',
  )
  await types.getByRole('link', { name: 'Organisations (1)' }).click()
  await expect(page).toHaveURL(/\/en\/search\?q=digital\+public\+goods&type=organisation$/)
  await expect(results.getByRole('listitem')).toHaveCount(1)
  await results.getByRole('link', { name: 'Digital Public Goods Alliance' }).click()
  await expect(page).toHaveURL(/\/en\/organisations\/digital-public-goods-alliance$/)
})

test('list pages carry a canonical address and page titles that say how many', async ({ page }) => {
  await page.goto('/en/events?when=past&q=salem')
  await expect(page).toHaveTitle('Past events: 1 event · Event Portal')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/en\/events\?q=salem&when=past$/,
  )
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
})

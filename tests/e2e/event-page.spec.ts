import { expect, test, type Page } from '@playwright/test'

const seedPath = '/en/events/from-open-software-to-open-culture'

async function jsonLd(page: Page): Promise<Record<string, unknown>> {
  const text = await page.locator('script[type="application/ld+json"]').textContent()
  return JSON.parse(text ?? 'null')
}

test.describe('event page content', () => {
  test('shows every part of the seed event, linked where it has a page', async ({ page }) => {
    await page.goto(seedPath)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'From Open Software to Open Culture',
    )
    await expect(
      page
        .getByText(
          'Opportunities and challenges of open source to support the United Nations mandate',
        )
        .first(),
    ).toBeVisible()
    const facts = page.locator('.facts')
    await expect(facts).toContainText('23 September 2021, 09:00–10:30 Eastern Time (UTC−4)')
    await expect(facts).toContainText('Online')
    await expect(facts).toContainText('Please RSVP')
    await expect(
      facts.getByRole('link', { name: 'Digital Public Goods Alliance' }),
    ).toHaveAttribute('href', '/en/organisations/digital-public-goods-alliance')
    await expect(
      page.getByRole('link', { name: 'UNGA 76 High-Level Week', exact: true }),
    ).toHaveAttribute('href', '/en/events?series=unga-76-high-level-week')
    await expect(page.getByRole('link', { name: 'Watch the recording' })).toHaveAttribute(
      'href',
      /^https:\/\/webtv\.un\.org\//,
    )
    await expect(page.locator('[data-role="panelist"] li')).toHaveCount(6)
    await expect(page.getByRole('link', { name: 'Salem Avan' })).toHaveAttribute(
      'href',
      '/en/people/salem-avan',
    )
    const initiatives = page.getByRole('region', { name: 'Initiatives' })
    await expect(initiatives.getByRole('link')).toHaveCount(4)
    await expect(
      initiatives.getByRole('link', { name: 'UN Secretariat Open Source Programme Office' }),
    ).toHaveAttribute('href', '/en/initiatives/un-secretariat-ospo')
    await expect(page.getByRole('link', { name: 'Events on Open source' })).toHaveAttribute(
      'href',
      '/en/events?topic=open-source',
    )
    const calendar = page.getByRole('region', { name: 'Add to calendar' })
    await expect(
      calendar.getByRole('link', { name: 'Download calendar file (.ics)' }),
    ).toHaveAttribute('href', `${seedPath}/event.ics`)
    const google = await calendar
      .getByRole('link', { name: 'Google Calendar' })
      .getAttribute('href')
    expect(new URL(google ?? '').searchParams.get('dates')).toBe(
      '20210923T130000Z/20210923T143000Z',
    )
    await expect(calendar.getByRole('link', { name: 'Outlook.com' })).toBeVisible()
  })

  test('carries schema.org Event JSON-LD with offsets in the event zone', async ({ page }) => {
    await page.goto(seedPath)
    const data = await jsonLd(page)
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'From Open Software to Open Culture',
      startDate: '2021-09-23T09:00:00-04:00',
      endDate: '2021-09-23T10:30:00-04:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation' },
    })
    expect(data.organizer).toEqual([
      expect.objectContaining({ '@type': 'Organization', alternateName: 'OICT' }),
      expect.objectContaining({
        '@type': 'Organization',
        name: "Office of the Secretary-General's Envoy on Technology",
      }),
      expect.objectContaining({ '@type': 'Organization', name: 'Digital Public Goods Alliance' }),
    ])
    expect(Array.isArray(data.performer) ? data.performer : []).toHaveLength(9)
    expect(data.performer).toContainEqual(
      expect.objectContaining({
        '@type': 'Person',
        name: 'Mala Kumar',
        jobTitle: 'Director of Tech for Social Good',
      }),
    )
    expect(new URL(String(data.url)).pathname).toBe(seedPath)
  })

  test('has a canonical address, Open Graph and Twitter cards with a generated image', async ({
    page,
    request,
  }) => {
    await page.goto(seedPath)
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(new URL(canonical ?? '').pathname).toBe(seedPath)
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content')
    expect(await meta('meta[property="og:title"]')).toBe('From Open Software to Open Culture')
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image')
    expect(await meta('meta[property="og:image:alt"]')).toContain('Eastern Time (UTC−4)')
    for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
      const image = new URL((await meta(selector)) ?? '')
      const response = await request.get(`${image.pathname}${image.search}`)
      expect(response.status(), selector).toBe(200)
      expect(response.headers()['content-type']).toBe('image/png')
      expect((await response.body()).subarray(1, 4).toString()).toBe('PNG')
    }
    const jsonImage = new URL(String((await jsonLd(page)).image))
    expect((await request.get(jsonImage.pathname)).status()).toBe(200)
  })
})

// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

// Without vitest globals, Testing Library does not unmount between tests on its own.
afterEach(cleanup)
import { AddToCalendar } from '@/components/event/add-to-calendar'
import { EventFacts } from '@/components/event/event-facts'
import { Programme } from '@/components/event/programme'
import { StatusBanner } from '@/components/event/status-banner'
import type { EventDetail } from '@/lib/queries/events'
import { inPersonVariant, seedEvent } from '../fixtures/seed-event'

let seed: EventDetail

beforeAll(async () => {
  seed = await seedEvent()
})

describe('Programme', () => {
  it('lists each item with its own times in the event zone and its people', () => {
    render(<Programme event={inPersonVariant(seed)} locale="en" />)
    expect(screen.getByRole('heading', { level: 2, name: 'Programme' })).toBeInTheDocument()
    expect(screen.getByText('Times are in Eastern Time (UTC−4).')).toBeInTheDocument()
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0]).toHaveTextContent('09:00–09:10')
    expect(
      within(items[0]!).getByRole('link', { name: 'Maria-Francesca Spatolisano' }),
    ).toHaveAttribute('href', '/en/people/maria-francesca-spatolisano')
    expect(items[1]).toHaveTextContent('09:10–10:20')
    expect(items[1]).toHaveTextContent('Open source in the public sector.')
  })

  it('renders nothing for an event without a programme', () => {
    const { container } = render(<Programme event={seed} locale="en" />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('StatusBanner', () => {
  it('says a postponed event was postponed and when it was first planned', () => {
    const postponed = {
      ...seed,
      status: 'postponed' as const,
      previousStart: '2021-09-21T13:00:00Z',
    }
    render(<StatusBanner event={postponed} locale="en" />)
    const banner = screen.getByRole('status')
    expect(banner).toHaveTextContent('This event has been postponed.')
    expect(banner).toHaveTextContent('Originally planned for Tuesday')
    expect(banner).toHaveTextContent('21 September 2021')
  })

  it('is absent for a scheduled event', () => {
    render(<StatusBanner event={seed} locale="en" />)
    expect(screen.queryByRole('status')).toBeNull()
  })
})

describe('EventFacts', () => {
  it('shows the venue with its map and the online link of a hybrid event', () => {
    render(<EventFacts event={inPersonVariant(seed)} locale="en" />)
    expect(screen.getByText('Hybrid (in person and online)')).toBeInTheDocument()
    expect(
      screen.getByText('Conference Room 4, 405 East 42nd Street, New York, United States', {
        exact: false,
      }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Map' })).toHaveAttribute(
      'href',
      'https://maps.example.org/un',
    )
    expect(screen.getByRole('link', { name: 'Join online' })).toHaveAttribute(
      'href',
      'https://meet.example.org/room',
    )
  })
})

describe('AddToCalendar', () => {
  it('offers the .ics file, Google Calendar and Outlook for a scheduled event', () => {
    render(<AddToCalendar event={seed} locale="en" />)
    expect(screen.getByRole('link', { name: 'Download calendar file (.ics)' })).toHaveAttribute(
      'href',
      '/en/events/from-open-software-to-open-culture/event.ics',
    )
    const google = new URL(
      screen.getByRole('link', { name: 'Google Calendar' }).getAttribute('href') ?? '',
    )
    expect(google.searchParams.get('dates')).toBe('20210923T130000Z/20210923T143000Z')
    expect(screen.getByRole('link', { name: 'Outlook.com' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Microsoft 365' })).toBeInTheDocument()
  })

  it('keeps only the .ics file for a cancelled event, and says why', () => {
    render(<AddToCalendar event={inPersonVariant(seed)} locale="en" />)
    expect(screen.getByRole('link', { name: 'Download calendar file (.ics)' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Google Calendar' })).toBeNull()
    expect(screen.getByText(/marks the event as cancelled/)).toBeInTheDocument()
  })
})

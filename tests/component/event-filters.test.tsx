// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { EventFilters } from '@/components/listing/event-filters'
import { idScope } from '@/lib/dom-id'
import { lists } from '@/lib/listing/table'

// Without vitest globals, Testing Library does not unmount between tests on its own.
afterEach(cleanup)

const options = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ slug: `${prefix}-${i}`, label: `${prefix} ${i}` }))

function filters(counts: { series: number; seriesTotal: number; orgs: number; orgsTotal: number }) {
  render(
    <EventFilters
      id={idScope('events', 'test')}
      locale="en"
      query={lists.events.defaults}
      topics={options('topic', 2)}
      series={options('series', counts.series)}
      seriesTotal={counts.seriesTotal}
      organisations={options('org', counts.orgs)}
      organisationsTotal={counts.orgsTotal}
      years={[2026, 2025]}
    />,
  )
}

describe('EventFilters', () => {
  it('says when a menu holds only some of the series or organisers', () => {
    filters({ series: 3, seriesTotal: 400, orgs: 2, orgsTotal: 2000 })
    expect(screen.getByLabelText('Series')).toHaveAccessibleDescription(
      'The series with the latest events. Each event’s page links to its series.',
    )
    expect(screen.getByLabelText('Organiser')).toHaveAccessibleDescription(
      /^The organisers with the most events\./,
    )
    // The "any" entry and the ones passed in, nothing else.
    expect(screen.getByLabelText('Series').querySelectorAll('option')).toHaveLength(4)
  })

  it('says nothing when every entry is there', () => {
    filters({ series: 3, seriesTotal: 3, orgs: 2, orgsTotal: 2 })
    expect(screen.getByLabelText('Series')).not.toHaveAccessibleDescription()
    expect(screen.getByLabelText('Organiser')).not.toHaveAccessibleDescription()
  })
})

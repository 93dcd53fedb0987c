// @vitest-environment jsdom
import { cleanup, act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

// Without vitest globals, Testing Library does not unmount between tests on its own.
afterEach(cleanup)
import { EventTime } from '@/components/event/event-time'
import { LocalTime } from '@/components/event/local-time.client'
import { localTimeMessages } from '@/lib/i18n/client'

const originalZone = process.env.TZ
const times = {
  start: '2021-09-23T13:00:00.000Z',
  end: '2021-09-23T14:30:00.000Z',
  timeZone: 'America/New_York',
}

function renderTime() {
  return render(
    <LocalTime {...times} locale="en" messages={localTimeMessages('en')}>
      <EventTime {...times} locale="en" />
    </LocalTime>,
  )
}

afterEach(() => {
  if (originalZone === undefined) delete process.env.TZ
  else process.env.TZ = originalZone
})

describe('LocalTime', () => {
  it('shows the event zone first, then the visitor’s zone when the button is pressed', () => {
    process.env.TZ = 'UTC'
    const { container } = renderTime()
    expect(container).toHaveTextContent(
      'Thursday, 23 September 2021, 09:00–10:30 Eastern Time (UTC−4)',
    )
    const button = screen.getByRole('button', { name: 'Show in my time zone' })
    expect(button).toHaveAttribute('aria-pressed', 'false')

    act(() => fireEvent.click(button))
    expect(button).toHaveAttribute('aria-pressed', 'true')
    const region = container.querySelector('[aria-live="polite"]')
    expect(region).toHaveTextContent('13:00–14:30 your time zone (Coordinated Universal Time')
    expect(region).not.toHaveTextContent('New York')

    act(() => fireEvent.click(button))
    expect(region).toHaveTextContent(
      'Thursday, 23 September 2021, 09:00–10:30 Eastern Time (UTC−4)',
    )
  })

  it('says so instead of offering a toggle when the visitor is on the same clock', () => {
    process.env.TZ = 'America/Toronto'
    renderTime()
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByText('This is also your time zone.')).toBeInTheDocument()
  })
})

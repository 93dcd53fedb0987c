import Link from 'next/link'
import { attendanceModeValues } from '@/lib/event-options'
import type { IdScope } from '@/lib/dom-id'
import type { Locale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import { eventTimes, maxSearchLength } from '@/lib/listing/fields'
import type { EventListQuery } from '@/lib/listing/table'
import { listHref } from '@/lib/listing/routing'

type Option = { slug: string; label: string }

/**
 * A plain GET form: it works without JavaScript, and the proxy tidies the submitted query
 * (empty fields dropped, keys sorted) with one redirect, so the address stays shareable.
 */
export function EventFilters({
  locale,
  query,
  topics,
  series,
  seriesTotal,
  organisations,
  organisationsTotal,
  years,
  id,
}: {
  id: IdScope
  locale: Locale
  query: EventListQuery
  topics: Option[]
  series: Option[]
  /** How many series there are; the menu may hold only those with the latest events. */
  seriesTotal: number
  organisations: Option[]
  /** How many organisers there are; the menu may hold only the busiest. */
  organisationsTotal: number
  years: number[]
}) {
  const { eventList: m } = getMessages(locale)
  const when = String(query.when)
  // Said only when a menu holds fewer entries than there are.
  const shortened = (shown: number, total: number, name: string, text: string) =>
    total > shown ? { id: id(`filter-${name}-hint`), text } : undefined
  return (
    <form
      className="filters no-print"
      method="get"
      action={listHref(locale, 'events')}
      role="search"
      aria-labelledby={id('filters-heading')}
    >
      <h2 id={id('filters-heading')}>{m.filters}</h2>
      {/* Set from a person's page, where the list links to their events; kept while filtering. */}
      {query.person ? <input type="hidden" name="person" value={query.person} /> : null}
      <div className="filters__grid">
        <div className="field field--wide">
          <label htmlFor={id('filter-q')}>{m.search}</label>
          <input
            id={id('filter-q')}
            type="search"
            dir="auto"
            name="q"
            defaultValue={query.q ?? ''}
            maxLength={maxSearchLength}
            aria-describedby={id('filter-q-hint')}
          />
          <span id={id('filter-q-hint')} className="field__hint">
            {m.searchHint}
          </span>
        </div>
        <Select id={id('filter-topic')} name="topic" label={m.topic} value={query.topic}>
          <option value="">{m.anyTopic}</option>
          {topics.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.label}
            </option>
          ))}
        </Select>
        <Select
          id={id('filter-series')}
          name="series"
          label={m.series}
          value={query.series}
          hint={shortened(series.length, seriesTotal, 'series', m.seriesHint)}
        >
          <option value="">{m.anySeries}</option>
          {series.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.label}
            </option>
          ))}
        </Select>
        <Select
          id={id('filter-organisation')}
          name="organisation"
          label={m.organisation}
          value={query.organisation}
          hint={shortened(
            organisations.length,
            organisationsTotal,
            'organisation',
            m.organisationHint,
          )}
        >
          <option value="">{m.anyOrganisation}</option>
          {organisations.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.label}
            </option>
          ))}
        </Select>
        <Select
          id={id('filter-attendance')}
          name="attendance"
          label={m.attendance}
          value={query.attendance}
        >
          <option value="">{m.anyAttendance}</option>
          {attendanceModeValues.map((mode) => (
            <option key={mode} value={mode}>
              {m.attendanceOptions[mode]}
            </option>
          ))}
        </Select>
        <Select id={id('filter-when')} name="when" label={m.when} value={when}>
          {eventTimes.map((time) => (
            <option key={time} value={time}>
              {m.whenOptions[time]}
            </option>
          ))}
          {years.map((year) => (
            <option key={year} value={String(year)}>
              {year}
            </option>
          ))}
        </Select>
      </div>
      <p className="filters__actions">
        <button type="submit" className="button">
          {m.apply}
        </button>
        <Link href={listHref(locale, 'events')} prefetch={false}>
          {m.clear}
        </Link>
      </p>
    </form>
  )
}

function Select({
  id,
  name,
  label,
  value,
  hint,
  children,
}: {
  id: string
  name: string
  label: string
  value: string | undefined
  hint?: { id: string; text: string }
  children: React.ReactNode
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''} aria-describedby={hint?.id}>
        {children}
      </select>
      {hint ? (
        <span id={hint.id} className="field__hint">
          {hint.text}
        </span>
      ) : null}
    </div>
  )
}

import type { IdScope } from '@/lib/dom-id'
import type { Locale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import { maxSearchLength } from '@/lib/listing/fields'
import { listHref } from '@/lib/listing/routing'

/** A plain GET form: searching works without JavaScript, and the address is shareable. */
export function SearchForm({ locale, q, id }: { locale: Locale; q?: string; id: IdScope }) {
  const { search } = getMessages(locale)
  return (
    <form className="search-form" method="get" action={listHref(locale, 'search')} role="search">
      <div className="field">
        <label htmlFor={id('search-q')}>{search.label}</label>
        <input
          id={id('search-q')}
          type="search"
          dir="auto"
          name="q"
          defaultValue={q ?? ''}
          maxLength={maxSearchLength}
          required
        />
      </div>
      <button type="submit" className="button">
        {search.submit}
      </button>
    </form>
  )
}

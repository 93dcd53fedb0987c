import Link from 'next/link'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import type { ListHref } from '@/lib/listing/routing'

/** Page numbers to show: the first, the last, and two either side of the current one. */
export function pageWindow(page: number, pages: number): (number | 'gap')[] {
  const shown = new Set([1, pages])
  for (let n = page - 2; n <= page + 2; n++) if (n >= 1 && n <= pages) shown.add(n)
  const sorted = [...shown].sort((a, b) => a - b)
  const items: (number | 'gap')[] = []
  sorted.forEach((n, index) => {
    const previous = sorted[index - 1]
    if (previous !== undefined && n - previous > 1) items.push('gap')
    items.push(n)
  })
  return items
}

/** Plain links (no prefetch: each page is rendered on its first visit and then cached). */
export function Pagination({
  page,
  pages,
  hrefFor,
  locale,
}: {
  page: number
  pages: number
  hrefFor: (page: number) => ListHref
  locale: Locale
}) {
  if (pages <= 1) return null
  const { listing } = getMessages(locale)
  return (
    <nav className="pagination" aria-label={listing.pagination}>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" prefetch={false}>
              {listing.previous}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pages).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                href={hrefFor(item)}
                prefetch={false}
                aria-current={item === page ? 'page' : undefined}
                aria-label={format(locale, listing.page, { page: item })}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" prefetch={false}>
              {listing.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

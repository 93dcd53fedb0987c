import type { ReactNode } from 'react'
import type { Locale } from '@/lib/i18n/config'
import type { PagePath } from '@/lib/seo/page-alternates'
import { SiteHeader } from './site-header'

/**
 * What every page puts around its content: the header, whose language bar links to this
 * page in the other languages, and the main landmark. Each page renders it because only
 * the page knows its own address (the layout is shared by all of them).
 */
export function PageFrame({
  locale,
  path,
  children,
}: {
  locale: Locale
  /** The page's address without its locale; omitted, the language bar links to each home. */
  path?: PagePath
  children: ReactNode
}) {
  return (
    <>
      <SiteHeader locale={locale} path={path ?? ''} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}

import Link from 'next/link'
import type { Locale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import { listHref } from '@/lib/listing/routing'
import { listTable } from '@/lib/listing/table'
import type { PagePath } from '@/lib/seo/page-alternates'
import { LanguageBar } from './language-bar'
import { SiteNavLinks } from './site-nav.client'

export function SiteHeader({ locale, path }: { locale: Locale; path: PagePath }) {
  const { site } = getMessages(locale)
  const sections = [
    { section: 'events', label: site.events },
    { section: 'people', label: site.people },
    { section: 'organisations', label: site.organisations },
    { section: 'initiatives', label: site.initiatives },
    { section: 'search', label: site.search },
  ] as const
  return (
    <header className="site-header">
      <div className="container site-header__languages">
        <LanguageBar locale={locale} path={path} />
      </div>
      <div className="container site-header__inner">
        <Link href={`/${locale}`} className="site-header__brand">
          Event Portal
        </Link>
        <nav aria-label={site.mainNavigation}>
          <SiteNavLinks
            internalPrefix={listTable.internalPrefix}
            links={sections.map(({ section, label }) => ({
              href: listHref(locale, section),
              label,
              section,
            }))}
          />
        </nav>
      </div>
    </header>
  )
}

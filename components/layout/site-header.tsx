import Link from 'next/link'
import type { Locale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'

export function SiteHeader({ locale }: { locale: Locale }) {
  const { site } = getMessages(locale)
  const links = [
    { href: `/${locale}/events`, label: site.events },
    { href: `/${locale}/people`, label: site.people },
    { href: `/${locale}/organisations`, label: site.organisations },
    { href: `/${locale}/initiatives`, label: site.initiatives },
    { href: `/${locale}/search`, label: site.search },
  ] as const
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href={`/${locale}`} className="site-header__brand">
          Event Portal
        </Link>
        <nav aria-label={site.mainNavigation}>
          <ul className="site-nav">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}

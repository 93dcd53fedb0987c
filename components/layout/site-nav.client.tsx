'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type { ListHref } from '@/lib/listing/routing'

type NavLink = { href: ListHref; label: string; section: string }

/**
 * Marks the section the visitor is in with aria-current. List pages are served from an
 * internal route (`/{locale}/listing/{section}/…`) behind their public address, so both
 * forms map to the same section and server and browser agree.
 */
export function sectionOf(pathname: string): string | undefined {
  const [, , first, second] = pathname.split('/')
  return first === 'listing' ? second : first
}

export function SiteNavLinks({ links }: { links: NavLink[] }) {
  const section = sectionOf(usePathname())
  return (
    <ul className="site-nav">
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} aria-current={link.section === section ? 'page' : undefined}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}

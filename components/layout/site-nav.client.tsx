'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type { ListHref } from '@/lib/listing/routing'

type NavLink = { href: ListHref; label: string; section: string }

/**
 * Marks the section the visitor is in with aria-current. List pages are served from an
 * internal route (`/{locale}/{internalPrefix}/{section}/…`) behind their public address, so
 * both forms map to the same section and server and browser agree. The prefix comes from the
 * list table (lib/listing/table.ts) through the header, which keeps the table out of the
 * browser's bundle.
 */
export function sectionOf(pathname: string, internalPrefix: string): string | undefined {
  const [, , first, second] = pathname.split('/')
  return first === internalPrefix ? second : first
}

export function SiteNavLinks({
  links,
  internalPrefix,
}: {
  links: NavLink[]
  internalPrefix: string
}) {
  const section = sectionOf(usePathname(), internalPrefix)
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

import { PortableText, type PortableTextComponents } from '@portabletext/react'
import type { EventDetail } from '@/lib/queries/events'

const safe = (href: unknown) =>
  typeof href === 'string' && /^(https?:|mailto:)/i.test(href) ? href : undefined

/** Headings in a body start at h2: the page title is the only h1. */
const components: PortableTextComponents = {
  marks: {
    link: ({ value, children }) => {
      const href = safe(value?.href)
      return href ? <a href={href}>{children}</a> : <>{children}</>
    },
  },
}

export function RichText({ value }: { value: NonNullable<EventDetail['body']> }) {
  return (
    <div className="prose">
      <PortableText value={value} components={components} />
    </div>
  )
}

'use client'

import { usePathname } from 'next/navigation'

/** A plain form, so leaving preview works without JavaScript and returns to this page. */
export function ExitPreview({ label }: { label: string }) {
  const pathname = usePathname()
  return (
    <form method="post" action="/api/preview/exit">
      <input type="hidden" name="path" value={pathname} />
      <button type="submit" className="button">
        {label}
      </button>
    </form>
  )
}

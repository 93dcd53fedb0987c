import type { Metadata, Viewport } from 'next'
import { metadata as studioMetadata, viewport as studioViewport } from 'next-sanity/studio'

/**
 * The Studio's own root layout: none of the site's header, footer or styles, so the
 * public pages and the Studio never share a bundle.
 */
export const metadata = {
  ...studioMetadata,
  title: 'Studio · Event Portal',
} satisfies Metadata

export const viewport = studioViewport satisfies Viewport

export default function StudioLayout({ children }: LayoutProps<'/studio'>) {
  return (
    <html lang="en">
      <body style={{ margin: 0 }}>{children}</body>
    </html>
  )
}

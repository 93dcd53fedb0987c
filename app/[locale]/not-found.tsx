import { FallbackPage } from '@/components/layout/fallback-page.client'

/** A 404 under a locale: in that locale's language, inside its layout (header excepted). */
export default function NotFound() {
  return <FallbackPage kind="notFound" />
}

import { notFound } from 'next/navigation'

/** Any unknown address under a locale is a 404 that keeps the site's navigation. */
export default function UnknownPage(): never {
  notFound()
}

export function generateStaticParams() {
  return [{ locale: 'en', rest: ['not-found'] }]
}

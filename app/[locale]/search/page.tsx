import SearchView, { generateMetadata as viewMetadata } from '../listing/search/[...query]/page'
import { defaultView, defaultViewParams } from '@/lib/listing/default-view'

/** /{locale}/search without a query string; with one, the proxy serves the internal route. */
export const generateStaticParams = defaultViewParams

export function generateMetadata({ params }: PageProps<'/[locale]/search'>) {
  return viewMetadata(defaultView(params))
}

export default function SearchPage({ params }: PageProps<'/[locale]/search'>) {
  return <SearchView {...defaultView(params)} />
}

import PeopleView, { generateMetadata as viewMetadata } from '../listing/people/[...query]/page'
import { defaultView, defaultViewParams } from '@/lib/listing/default-view'

/** /{locale}/people without a query string; with one, the proxy serves the internal route. */
export const generateStaticParams = defaultViewParams

export function generateMetadata({ params }: PageProps<'/[locale]/people'>) {
  return viewMetadata(defaultView(params))
}

export default function PeoplePage({ params }: PageProps<'/[locale]/people'>) {
  return <PeopleView {...defaultView(params)} />
}

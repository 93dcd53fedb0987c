import EventListView, { generateMetadata as viewMetadata } from '../listing/events/[...query]/page'
import { defaultView, defaultViewParams } from '@/lib/listing/default-view'

/** /{locale}/events without a query string; with one, the proxy serves the internal route. */
export const generateStaticParams = defaultViewParams

export function generateMetadata({ params }: PageProps<'/[locale]/events'>) {
  return viewMetadata(defaultView(params))
}

export default function EventListPage({ params }: PageProps<'/[locale]/events'>) {
  return <EventListView {...defaultView(params)} />
}

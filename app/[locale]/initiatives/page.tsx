import InitiativesView, {
  generateMetadata as viewMetadata,
} from '../listing/initiatives/[...query]/page'
import { defaultView, defaultViewParams } from '@/lib/listing/default-view'

/** /{locale}/initiatives without a query string; with one, the proxy serves the internal route. */
export const generateStaticParams = defaultViewParams

export function generateMetadata({ params }: PageProps<'/[locale]/initiatives'>) {
  return viewMetadata(defaultView(params))
}

export default function InitiativesPage({ params }: PageProps<'/[locale]/initiatives'>) {
  return <InitiativesView {...defaultView(params)} />
}

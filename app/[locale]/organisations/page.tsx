import OrganisationsView, {
  generateMetadata as viewMetadata,
} from '../listing/organisations/[...query]/page'
import { defaultView, defaultViewParams } from '@/lib/listing/default-view'

/** /{locale}/organisations without a query string; with one, the proxy serves the internal route. */
export const generateStaticParams = defaultViewParams

export function generateMetadata({ params }: PageProps<'/[locale]/organisations'>) {
  return viewMetadata(defaultView(params))
}

export default function OrganisationsPage({ params }: PageProps<'/[locale]/organisations'>) {
  return <OrganisationsView {...defaultView(params)} />
}

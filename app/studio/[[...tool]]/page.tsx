import { ConnectProject } from '@/components/studio/connect-project'
import { Studio } from '@/components/studio/studio'
import { sanityProject } from '@/lib/env'

/**
 * The Studio is a client-side app: this page ships the same HTML for every Studio URL and
 * the Studio routes in the browser. Without a project it explains how to connect one.
 */
export default function StudioPage() {
  return sanityProject ? <Studio /> : <ConnectProject />
}

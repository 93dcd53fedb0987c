import { cookies } from 'next/headers'
import { readGrant } from './access'
import { previewConfig } from './config'
import { scopeCookie } from './cookies'
import type { Grant } from './token'

/** The grant of the current draft-mode request. Reads cookies: call it inside Suspense. */
export async function currentGrant(): Promise<Grant | null> {
  const cookie = (await cookies()).get(scopeCookie)?.value
  return readGrant(cookie, previewConfig(), Date.now())
}

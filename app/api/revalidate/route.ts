import { revalidateTag } from 'next/cache'
import { after } from 'next/server'
import { expiryTiming, planRevalidation, webhookDocument } from '@/lib/content/revalidation'
import { revalidateSecret } from '@/lib/content/revalidate-secret'
import { backend } from '@/lib/content/source'
import { readSignedBody } from '@/lib/content/webhook'
import { webhookWindow } from '@/lib/content/webhook-window'

/**
 * The Sanity webhook (docs/freshness.md): verifies the signature, then expires the cache
 * tags of the changed document so the next request renders it fresh.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function POST(request: Request) {
  const secret = revalidateSecret()
  if (!secret) {
    console.error('[revalidate] SANITY_REVALIDATE_SECRET is not set; the webhook is refused')
    return Response.json(
      { message: 'Revalidation is not configured on this server (SANITY_REVALIDATE_SECRET)' },
      { status: 503 },
    )
  }
  const accepted = webhookWindow()
  if (!accepted.ok) {
    console.error(`[revalidate] ${accepted.message}; the webhook is refused`)
    return Response.json(
      { message: `Revalidation is misconfigured on this server: ${accepted.message}` },
      { status: 503 },
    )
  }
  const signed = await readSignedBody(request, secret, { maxAgeMs: accepted.maxAgeMs })
  if (!signed.ok) {
    console.warn(`[revalidate] refused: ${signed.message}`)
    return Response.json({ message: signed.message }, { status: signed.status })
  }
  const document = webhookDocument.safeParse(signed.body)
  if (!document.success) {
    const issues = document.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
    return Response.json({ message: 'Body is not a document', issues }, { status: 400 })
  }
  const plan = planRevalidation(document.data)
  const { _id: id, _type: type } = document.data
  if (plan.kind === 'skip') {
    return Response.json({ id, type, revalidated: [], skipped: plan.reason })
  }
  const expire = () => plan.tags.forEach((tag) => revalidateTag(tag, { expire: 0 }))
  await sleep(expiryTiming.settleMs[backend])
  expire()
  after(() => sleep(expiryTiming.repeatAfterMs).then(expire))
  console.info(`[revalidate] ${type} ${id}: ${plan.tags.join(', ')}`)
  return Response.json({ id, type, revalidated: plan.tags })
}

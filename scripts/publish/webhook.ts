import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { evaluate, parse } from 'groq-js'
import { sanityWebhook } from '../../lib/content/sanity-webhook'
import type { Document } from './edit'

/**
 * The webhook the Content Lake sends for a change: the projection from
 * lib/content/sanity-webhook.ts evaluated the way Sanity does (delta mode, with the
 * document before and after the change), signed with the shared secret.
 */
const projection = parse(sanityWebhook.projection, { mode: 'delta' })

export async function webhookBody(
  before: Document | undefined,
  after: Document | undefined,
): Promise<unknown> {
  const root = after ?? before
  if (!root) throw new Error('A webhook needs the document before or after the change')
  const value = await evaluate(projection, { root, before: before ?? null, after: after ?? null })
  return value.get()
}

export type WebhookAnswer = { status: number; body: unknown }

export async function sendWebhook(
  siteUrl: string,
  body: unknown,
  secret: string,
): Promise<WebhookAnswer> {
  const payload = JSON.stringify(body)
  const signature = await encodeSignatureHeader(payload, Date.now(), secret)
  const response = await fetch(new URL(sanityWebhook.path, siteUrl), {
    method: sanityWebhook.method,
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
    body: payload,
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  try {
    return { status: response.status, body: JSON.parse(text) }
  } catch {
    return { status: response.status, body: text }
  }
}

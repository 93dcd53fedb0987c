import 'server-only'

/** The read token for drafts. Server-only: it must never reach a browser bundle. */
export const readToken = process.env.SANITY_API_READ_TOKEN || undefined

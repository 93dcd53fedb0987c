/** Runs once when the server starts (Next.js instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { keepEncodedBodies } = await import('./lib/server/encoded-bodies')
    const { answerOutagesWith503 } = await import('./lib/server/outage-response')
    // PORTAL_SERVING_TWEAKS=off serves as Next.js does on its own, for comparing (bench:serve).
    if (process.env.PORTAL_SERVING_TWEAKS !== 'off') keepEncodedBodies()
    answerOutagesWith503()
  }
}

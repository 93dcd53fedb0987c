/** Runs once when the server starts (Next.js instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { keepEncodedBodies } = await import('./lib/server/encoded-bodies')
    const { answerOutagesWith503 } = await import('./lib/server/outage-response')
    keepEncodedBodies()
    answerOutagesWith503()
  }
}

import { connection } from 'next/server'

/**
 * Files missing under /_next/static are sent here (next.config.ts). The answer is a plain 404
 * that neither Next.js nor a CDN keeps: while a new build rolls out, a browser may ask an
 * older server for a new chunk, and a cached 404 would break that page for everyone.
 */
export async function GET(): Promise<Response> {
  // Read at request time, so the answer is never prerendered or cached.
  await connection()
  return new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

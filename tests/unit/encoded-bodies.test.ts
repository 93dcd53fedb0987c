import { createServer, ServerResponse, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { keepEncodedBodies, minLength } from '@/lib/server/encoded-bodies'

/** A page body with characters from outside Latin-1, like the portal's dashes and quotes. */
const page = (n: number) => `<!DOCTYPE html><p>Page ${n} – “open” · ${'x'.repeat(minLength)}</p>`

const servers: Server[] = []
afterEach(async () => {
  const closing = servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve)))
  await Promise.all(closing)
})

/** A real server whose responses (and only they) have the cache installed. */
async function serve(
  limit: number,
  answer: (response: ServerResponse, url: string) => void,
): Promise<{ url: string; held: ReturnType<typeof keepEncodedBodies> }> {
  class Response extends ServerResponse {}
  const held = keepEncodedBodies(Response.prototype, limit)
  const server = createServer({ ServerResponse: Response }, (request, response) =>
    answer(response, request.url ?? ''),
  )
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, held }
}

describe('encoded page bodies', () => {
  it('sends exactly the bytes of the string, the first time and from the cache', async () => {
    const bodies = [page(1), page(2)]
    const { url, held } = await serve(1 << 20, (response, path) => {
      const body = bodies[Number(path.slice(1))] ?? ''
      response.setHeader('Content-Length', Buffer.byteLength(body))
      response.end(body)
    })
    for (let round = 0; round < 3; round++) {
      for (const [i, body] of bodies.entries()) {
        const response = await fetch(`${url}/${i}`)
        expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(body, 'utf8'))
      }
    }
    expect(held().entries).toBe(2)
    // A changed page (a new render) is a new string and is sent as it is now.
    bodies[0] = page(3)
    expect(await (await fetch(`${url}/0`)).text()).toBe(page(3))
  })

  it('leaves small bodies, other encodings and callbacks as Node.js handles them', async () => {
    const latin1 = `café ${'y'.repeat(minLength)}`
    let called = 0
    const { url, held } = await serve(1 << 20, (response, path) => {
      if (path === '/small') response.end('small – body')
      else if (path === '/latin1') response.end(latin1, 'latin1')
      else response.end(page(1), () => (called += 1))
    })
    expect(await (await fetch(`${url}/small`)).text()).toBe('small – body')
    const bytes = Buffer.from(await (await fetch(`${url}/latin1`)).arrayBuffer())
    expect(bytes).toEqual(Buffer.from(latin1, 'latin1'))
    expect(held().entries).toBe(0)
    expect(await (await fetch(`${url}/page`)).text()).toBe(page(1))
    expect(called).toBe(1)
  })

  it('holds no more than its limit', async () => {
    const one = Buffer.byteLength(page(0)) + 2 * page(0).length
    const { url, held } = await serve(3 * one, (response, path) =>
      response.end(page(Number(path.slice(1)))),
    )
    for (const i of [0, 1, 2, 0, 3]) await (await fetch(`${url}/${i}`)).text()
    expect(held()).toEqual({ entries: 3, bytes: 3 * one })
    const { url: small, held: none } = await serve(one - 1, (response) => response.end(page(0)))
    expect(await (await fetch(small)).text()).toBe(page(0))
    expect(none().entries).toBe(0)
  })
})

import { createConnection } from 'node:net'

/** Whether something accepts connections on 127.0.0.1:`port` right now. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' })
    socket.once('connect', () => {
      socket.end()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/**
 * Waits up to 10 s until the port is `open` (or closed), polling every 50 ms; stops early when
 * `gaveUp()` says the server will not come (it exited). True when the port got there.
 */
export async function waitForPort(
  port: number,
  { open = true, gaveUp = () => false }: { open?: boolean; gaveUp?: () => boolean } = {},
): Promise<boolean> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline && !gaveUp()) {
    if ((await listening(port)) === open) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}

import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'

/**
 * Servers the benches talk to, on loopback only: `next start` of a build folder, and a
 * plain Node static server that answers fixed bytes per path.
 */
export type Running = { url: string; stop: () => Promise<void> }

export async function waitFor(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/**
 * GET with one retry: after a long pause (a Lighthouse run) the pooled keep-alive socket may
 * have been closed by the server just as it is reused.
 */
export async function get(url: string): Promise<{ status: number; body: Buffer }> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url)
      return { status: response.status, body: Buffer.from(await response.arrayBuffer()) }
    } catch (error) {
      if (attempt > 0) throw error
    }
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 5000).unref()
  })
}

export async function startNext(options: {
  cwd?: string
  port: number
  env?: Record<string, string>
  probe?: string
}): Promise<Running & { pid: number }> {
  const child = spawn(
    process.execPath,
    // On loopback, as behind a reverse proxy in production (docs/deploy.md).
    [require.resolve('next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(options.port)],
    {
      cwd: options.cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  const url = `http://127.0.0.1:${options.port}`
  try {
    await waitFor(`${url}${options.probe ?? '/'}`)
  } catch (error) {
    await stopChild(child)
    throw error
  }
  return { url, pid: child.pid ?? 0, stop: () => stopChild(child) }
}

export async function startStatic(port: number, pages: Map<string, Buffer>): Promise<Running> {
  const server: Server = createServer((request, response) => {
    const body = pages.get(request.url ?? '')
    if (!body) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
    })
    response.end(body)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

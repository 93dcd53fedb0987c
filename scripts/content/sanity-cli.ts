import { spawn } from 'node:child_process'
import path from 'node:path'

/**
 * Runs the project's own Sanity CLI (the `sanity` package's bin, through this Node) and
 * resolves with its exit code. Tokens go in through the environment, never on the command
 * line where other users of the machine could read them.
 */
export function runSanity(args: string[], env: Record<string, string> = {}): Promise<number> {
  const bin = path.resolve('node_modules', 'sanity', 'bin', 'sanity')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/** A folder name like the one `sanity dataset export` gives its archive. */
export function exportName(dataset: string, at = new Date()): string {
  return `${dataset}-export-${at
    .toISOString()
    .replace(/[^a-z0-9]/gi, '-')
    .toLowerCase()}`
}

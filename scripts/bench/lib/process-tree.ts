import { readdirSync, readFileSync } from 'node:fs'

/**
 * Memory of a process and all its descendants, read from /proc (Linux). Next.js builds
 * and servers spread work over child processes, so one process's peak says too little.
 */
function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name may hold spaces and parentheses: fields start after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const list = tree.get(ppid) ?? []
      list.push(Number(entry))
      tree.set(ppid, list)
    } catch {
      // the process ended while we looked
    }
  }
  return tree
}

function rssBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1]
    return kb ? Number(kb) * 1024 : 0
  } catch {
    return 0
  }
}

export function treeMemory(root: number): { total: number; largest: number; processes: number } {
  const tree = children()
  const pids = [root]
  for (let i = 0; i < pids.length; i++) pids.push(...(tree.get(pids[i] ?? -1) ?? []))
  const sizes = pids.map(rssBytes)
  return {
    total: sizes.reduce((a, b) => a + b, 0),
    largest: Math.max(0, ...sizes),
    processes: pids.length,
  }
}

/** Polls the tree's memory until stopped; `peak()` gives the highest totals seen. */
export function watchMemory(root: number, everyMs = 250) {
  let total = 0
  let largest = 0
  const sample = () => {
    const now = treeMemory(root)
    total = Math.max(total, now.total)
    largest = Math.max(largest, now.largest)
  }
  const timer = setInterval(sample, everyMs)
  sample()
  return {
    stop: () => clearInterval(timer),
    peak: () => ({ total, largest }),
  }
}

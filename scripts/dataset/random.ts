/**
 * A small seeded pseudo-random generator (mulberry32), so the same seed always gives the
 * same dataset, byte for byte. Math.random is never used.
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number
  int: (min: number, max: number) => number
  chance: (probability: number) => boolean
  pick: <T>(items: readonly T[]) => T
  /** Picks by weight: `[[value, weight], ...]`. */
  weighted: <T>(choices: readonly (readonly [T, number])[]) => T
  /** `count` distinct items, in the order drawn. */
  sample: <T>(items: readonly T[], count: number) => T[]
}

function hashSeed(seed: string): number {
  // FNV-1a: turns any seed text into a 32-bit start state.
  let hash = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export function createRandom(seed: string): Random {
  let state = hashSeed(seed)
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)]
    if (item === undefined) throw new Error('pick() from an empty list')
    return item
  }
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0)
    let roll = next() * total
    for (const [value, weight] of choices) {
      roll -= weight
      if (roll < 0) return value
    }
    return pick(choices)[0]
  }
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items]
    const result: T[] = []
    while (result.length < count && pool.length > 0) {
      const [item] = pool.splice(Math.floor(next() * pool.length), 1)
      if (item !== undefined) result.push(item)
    }
    return result
  }
  return { next, int, chance: (p) => next() < p, pick, weighted, sample }
}

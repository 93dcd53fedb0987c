import { z } from 'zod'

/**
 * Query-string fields of the public lists. Each field reads one raw value and returns the
 * normalised value, or undefined when the value is unusable (it is then dropped, never an
 * error). The same rules run in the proxy (to canonicalise the address) and in the page
 * (to read the canonical form back), so both always agree.
 */
export type Field<T> = {
  read: (raw: string) => T | undefined
  /** The value when the key is absent; a value equal to it is left out of the address. */
  initial: T
}

/**
 * A field as a zod schema over every raw value given for its key (`getAll`): the first usable
 * one wins, and no input makes it fail.
 */
export function field<T>({ read, initial }: Field<T>) {
  const first = (raws: string[]): T => {
    for (const raw of raws) {
      const value = read(raw)
      if (value !== undefined) return value
    }
    return initial
  }
  // Anything that is not a list of strings counts as absent.
  return z.array(z.string()).catch([]).transform(first)
}

/** Long enough for any real search, short enough to keep cache keys and file names sane. */
export const maxSearchLength = 200

/** A page number from 1 to `max` (lib/listing/table.ts), digits only. */
export function pageField(max: number): Field<number> {
  const digits = new RegExp(`^\\d{1,${String(max).length}}$`)
  return {
    initial: 1,
    read(raw) {
      const trimmed = raw.trim()
      if (!digits.test(trimmed)) return undefined
      const page = Number(trimmed)
      return page >= 1 && page <= max ? page : undefined
    },
  }
}

/** Free text: Unicode-normalised, control characters removed, spaces collapsed, capped. */
export const textField: Field<string | undefined> = {
  initial: undefined,
  read(raw) {
    const cleaned = raw.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ')
    const collapsed = cleaned.replace(/\s+/g, ' ').trim()
    const capped = Array.from(collapsed).slice(0, maxSearchLength).join('').trim()
    return capped === '' ? undefined : capped
  },
}

/** A document slug as the Studio makes them; anything else cannot name a document here. */
export const slugField: Field<string | undefined> = {
  initial: undefined,
  read(raw) {
    const trimmed = raw.trim()
    return /^[A-Za-z0-9][A-Za-z0-9._~-]{0,95}$/.test(trimmed) ? trimmed : undefined
  },
}

export function choiceField<const V extends string>(values: readonly V[]): Field<V | undefined>
export function choiceField<const V extends string>(values: readonly V[], initial: V): Field<V>
export function choiceField<const V extends string>(
  values: readonly V[],
  initial?: V,
): Field<V | undefined> {
  return {
    initial,
    read: (raw) => values.find((value) => value === raw.trim()),
  }
}

export const eventTimes = ['upcoming', 'past', 'all'] as const
export type EventTime = (typeof eventTimes)[number]

/** When to list events from: upcoming (the default), past, any time, or one calendar year. */
export const whenField: Field<EventTime | number> = {
  initial: 'upcoming',
  read(raw) {
    const trimmed = raw.trim()
    const time = eventTimes.find((value) => value === trimmed)
    if (time) return time
    if (!/^\d{4}$/.test(trimmed)) return undefined
    const year = Number(trimmed)
    return year >= 1900 && year <= 2200 ? year : undefined
  },
}

/** Types of shared-tags.mjs, which the server loads as plain JavaScript. */
export type Expiration = { stale?: number; expired?: number }
export type Manifest = Map<string, Expiration>

export type SharedTags = {
  ready: Promise<unknown>
  publish(tags: string[]): Promise<void>
  close(): Promise<void>
}

export declare function sharedTags(env?: Record<string, string | undefined>): SharedTags | undefined
export declare function mergeExpirations(
  entries: Record<string, Expiration>,
  manifest?: Manifest,
): boolean
export declare function expirationsOf(
  tags: string[],
  manifest?: Manifest,
): Record<string, Expiration>

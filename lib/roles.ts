/**
 * Roles a person can have at an event, in the order the event page lists them. A role
 * belongs to the appearance, not to the person. Labels live in the message catalogue.
 */
export const roles = [
  'host',
  'openingRemarks',
  'keynote',
  'remarks',
  'moderator',
  'panelist',
  'speaker',
  'presenter',
  'discussant',
  'closingRemarks',
] as const

export type Role = (typeof roles)[number]

export function roleOrder(role: string): number {
  const index = roles.findIndex((r) => r === role)
  return index === -1 ? roles.length : index
}

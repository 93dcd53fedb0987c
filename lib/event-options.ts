/** Option values shared by the Studio schema and the site; titles are what editors see. */
export const attendanceModeValues = ['inPerson', 'online', 'hybrid'] as const
export const eventStatusValues = [
  'scheduled',
  'cancelled',
  'postponed',
  'rescheduled',
  'movedOnline',
] as const

export type AttendanceMode = (typeof attendanceModeValues)[number]
export type EventStatus = (typeof eventStatusValues)[number]

export const attendanceModeTitles: Record<AttendanceMode, string> = {
  inPerson: 'In person',
  online: 'Online',
  hybrid: 'Hybrid',
}

export const eventStatusTitles: Record<EventStatus, string> = {
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
  rescheduled: 'Rescheduled',
  movedOnline: 'Moved online',
}

/** schema.org vocabulary for JSON-LD. */
export const attendanceModeSchemaOrg: Record<AttendanceMode, string> = {
  inPerson: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
}

export const eventStatusSchemaOrg: Record<EventStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  movedOnline: 'https://schema.org/EventMovedOnline',
}

export const eventKinds = [
  { value: 'sideEvent', title: 'Side event' },
  { value: 'conference', title: 'Conference' },
  { value: 'panel', title: 'Panel discussion' },
  { value: 'webinar', title: 'Webinar' },
  { value: 'workshop', title: 'Workshop' },
  { value: 'meeting', title: 'Meeting' },
  { value: 'briefing', title: 'Briefing' },
] as const

export const registrationModeValues = ['none', 'rsvp', 'required', 'invitation', 'closed'] as const
export type RegistrationMode = (typeof registrationModeValues)[number]

export const organisationKinds = [
  'unEntity',
  'government',
  'intergovernmental',
  'academic',
  'civilSociety',
  'alliance',
  'company',
] as const
export type OrganisationKind = (typeof organisationKinds)[number]

export const organisationKindTitles: Record<OrganisationKind, string> = {
  unEntity: 'UN entity',
  government: 'Government',
  intergovernmental: 'Intergovernmental organisation',
  academic: 'University or research',
  civilSociety: 'Civil society',
  alliance: 'Alliance or network',
  company: 'Company',
}

export const initiativeStatuses = [
  'proposed',
  'announced',
  'active',
  'completed',
  'discontinued',
] as const
export type InitiativeStatus = (typeof initiativeStatuses)[number]

export const initiativeStatusTitles: Record<InitiativeStatus, string> = {
  proposed: 'Proposed',
  announced: 'Announced',
  active: 'Active',
  completed: 'Completed',
  discontinued: 'Discontinued',
}

/** The document kinds the site search finds, in the order its type filter lists them. */
export const searchTypes = ['event', 'person', 'organisation', 'initiative'] as const
export type SearchType = (typeof searchTypes)[number]

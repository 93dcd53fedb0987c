import { attendanceModeValues, initiativeStatuses } from '../event-options'
import { choiceField, field, pageField, slugField, textField, whenField } from './fields'
import { defineList } from './spec'

/** /events: upcoming by default; `when` also takes past, all, or a year (the archive). */
export const eventList = defineList({
  page: field(pageField),
  q: field(textField),
  topic: field(slugField),
  series: field(slugField),
  organisation: field(slugField),
  person: field(slugField),
  attendance: field(choiceField(attendanceModeValues)),
  when: field(whenField),
})

export const searchTypes = ['event', 'person', 'organisation', 'initiative'] as const
export type SearchType = (typeof searchTypes)[number]

export const searchList = defineList({
  page: field(pageField),
  q: field(textField),
  type: field(choiceField(searchTypes)),
})

export { initiativeStatuses, type InitiativeStatus } from '../event-options'

export const peopleList = defineList({ page: field(pageField) })
export const organisationList = defineList({ page: field(pageField) })
export const initiativeList = defineList({
  page: field(pageField),
  status: field(choiceField(initiativeStatuses)),
})

export type EventListQuery = ReturnType<typeof eventList.read>
export type SearchQuery = ReturnType<typeof searchList.read>
export type InitiativeListQuery = ReturnType<typeof initiativeList.read>

import { defineArrayMember, defineField, defineType } from 'sanity'
import { linkRule, slugField } from '../fields'
import { requireEnglish } from '../objects/localized'
import { eventPreview } from '../previews'
import {
  checkEndAfterStart,
  checkOnlineUrl,
  checkPreviousStart,
  checkTimeZone,
  checkVenue,
  readField,
  readString,
  type AttendanceFacts,
} from '../rules'
import {
  attendanceModeTitles,
  attendanceModeValues,
  eventKinds,
  eventStatusTitles,
  eventStatusValues,
} from '../../../lib/event-options'

/** The facts about an event that its cross-field rules depend on. */
function attendance(document: unknown): AttendanceFacts {
  const mode = readString(document, 'attendanceMode')
  return {
    mode: mode === 'online' || mode === 'inPerson' || mode === 'hybrid' ? mode : undefined,
    status: readString(document, 'status'),
    end: readString(document, 'end'),
    hasRecording: !!readString(readField(document, 'recording'), 'url'),
  }
}

export const event = defineType({
  name: 'event',
  title: 'Event',
  type: 'document',
  groups: [
    { name: 'basics', title: 'Basics', default: true },
    { name: 'when', title: 'When and where' },
    { name: 'people', title: 'People' },
    { name: 'content', title: 'Content' },
    { name: 'links', title: 'Relations' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'localeString',
      group: 'basics',
      validation: (rule) => rule.custom(requireEnglish('The title')),
    }),
    defineField({ name: 'subtitle', title: 'Subtitle', type: 'localeString', group: 'basics' }),
    slugField({ source: 'title.en', what: 'event', group: 'basics' }),
    defineField({
      name: 'kind',
      title: 'Kind of event',
      type: 'string',
      group: 'basics',
      options: { list: eventKinds.map(({ value, title }) => ({ value, title })) },
    }),
    defineField({
      name: 'series',
      title: 'Part of series',
      type: 'reference',
      to: [{ type: 'eventSeries' }],
      group: 'basics',
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      group: 'basics',
      initialValue: 'scheduled',
      options: {
        list: eventStatusValues.map((value) => ({ value, title: eventStatusTitles[value] })),
        layout: 'radio',
      },
      validation: (rule) => rule.required().error('Choose the status of the event.'),
    }),
    defineField({
      name: 'start',
      title: 'Starts',
      type: 'datetime',
      group: 'when',
      validation: (rule) => rule.required().error('The event needs a start date and time.'),
    }),
    defineField({
      name: 'end',
      title: 'Ends',
      type: 'datetime',
      group: 'when',
      // Two rules, so each problem keeps its own message.
      validation: (rule) => [
        rule.required().error('The event needs an end date and time.'),
        rule.custom((end, context) =>
          checkEndAfterStart(readString(context.document, 'start'), end),
        ),
      ],
    }),
    defineField({
      name: 'timeZone',
      title: 'Time zone',
      description: 'The zone the event is organised in, e.g. "America/New_York".',
      type: 'string',
      group: 'when',
      initialValue: 'UTC',
      validation: (rule) => [
        rule.required().error('Enter the time zone the event is organised in.'),
        rule.custom(checkTimeZone),
      ],
    }),
    defineField({
      name: 'previousStart',
      title: 'Originally planned start',
      description: 'For rescheduled or postponed events: when it was first planned.',
      type: 'datetime',
      group: 'when',
      validation: (rule) =>
        rule.custom((value, context) =>
          checkPreviousStart(readString(context.document, 'status'), value),
        ),
    }),
    defineField({
      name: 'attendanceMode',
      title: 'Attendance',
      type: 'string',
      group: 'when',
      initialValue: 'inPerson',
      options: {
        list: attendanceModeValues.map((value) => ({ value, title: attendanceModeTitles[value] })),
        layout: 'radio',
      },
      validation: (rule) => rule.required().error('Choose how people attend the event.'),
    }),
    defineField({
      name: 'venue',
      title: 'Venue',
      type: 'venue',
      group: 'when',
      validation: (rule) =>
        rule.custom((value, context) => checkVenue(attendance(context.document), value)),
    }),
    defineField({
      name: 'onlineUrl',
      title: 'Online link',
      type: 'url',
      group: 'when',
      description: 'The stream or meeting address. Once the event is over, a recording will do.',
      validation: (rule) =>
        linkRule(rule, { schemes: ['http', 'https'] }).custom((value, context) =>
          checkOnlineUrl(attendance(context.document), value),
        ),
    }),
    defineField({
      name: 'registration',
      title: 'Registration',
      type: 'registration',
      group: 'when',
    }),
    defineField({
      name: 'appearances',
      title: 'People',
      description: 'Everyone who speaks, with their role and affiliation at this event.',
      type: 'array',
      group: 'people',
      of: [defineArrayMember({ type: 'appearance' })],
    }),
    defineField({
      name: 'organisers',
      title: 'Organisers',
      type: 'array',
      group: 'people',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'organisation' }] })],
      validation: (rule) => rule.unique(),
    }),
    defineField({ name: 'summary', title: 'Summary', type: 'localeText', group: 'content' }),
    defineField({
      name: 'body',
      title: 'Description',
      type: 'localeBlockContent',
      group: 'content',
    }),
    defineField({ name: 'image', title: 'Image', type: 'accessibleImage', group: 'content' }),
    defineField({
      name: 'programme',
      title: 'Programme',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'programmeItem' })],
    }),
    defineField({ name: 'recording', title: 'Recording', type: 'recording', group: 'content' }),
    defineField({
      name: 'resources',
      title: 'Resources',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'link' })],
    }),
    defineField({
      name: 'initiatives',
      title: 'Initiatives',
      type: 'array',
      group: 'links',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'initiative' }] })],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'topics',
      title: 'Topics',
      type: 'array',
      group: 'links',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'topic' }] })],
      validation: (rule) => rule.unique(),
    }),
  ],
  orderings: [
    {
      title: 'Start, newest first',
      name: 'startDesc',
      by: [{ field: 'start', direction: 'desc' }],
    },
    { title: 'Start, oldest first', name: 'startAsc', by: [{ field: 'start', direction: 'asc' }] },
  ],
  preview: {
    select: {
      title: 'title.en',
      start: 'start',
      timeZone: 'timeZone',
      status: 'status',
      media: 'image',
    },
    prepare: eventPreview,
  },
})

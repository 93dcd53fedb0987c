import { defineArrayMember, defineField, defineType } from 'sanity'
import { roles } from '../../../lib/roles'
import { checkEndAfterStart, checkWithin, readString } from '../rules'
import { requireEnglish } from './localized'

const roleTitles: Record<(typeof roles)[number], string> = {
  host: 'Host',
  openingRemarks: 'Opening remarks',
  keynote: 'Keynote',
  remarks: 'Remarks',
  moderator: 'Moderator',
  panelist: 'Panelist',
  speaker: 'Speaker',
  presenter: 'Presenter',
  discussant: 'Discussant',
  closingRemarks: 'Closing remarks',
}

/** A person at an event: the role and the affiliation belong to this appearance. */
export const appearance = defineType({
  name: 'appearance',
  title: 'Appearance',
  type: 'object',
  fields: [
    defineField({
      name: 'person',
      title: 'Person',
      type: 'reference',
      to: [{ type: 'person' }],
      validation: (rule) => rule.required().error('Choose the person.'),
    }),
    defineField({
      name: 'role',
      title: 'Role at this event',
      type: 'string',
      options: { list: roles.map((value) => ({ value, title: roleTitles[value] })) },
      validation: (rule) => rule.required().error('Every appearance needs a role.'),
    }),
    defineField({
      name: 'roleLabel',
      title: 'Custom role label',
      description: 'Optional wording that replaces the standard label, e.g. "Announcements".',
      type: 'localeString',
    }),
    defineField({
      name: 'position',
      title: 'Position at the time',
      type: 'localeString',
    }),
    defineField({
      name: 'affiliation',
      title: 'Organisation at the time',
      type: 'reference',
      to: [{ type: 'organisation' }],
    }),
  ],
  preview: {
    select: { title: 'person.name', subtitle: 'role' },
  },
})

export const programmeItem = defineType({
  name: 'programmeItem',
  title: 'Programme item',
  type: 'object',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'localeString',
      validation: (rule) => rule.custom(requireEnglish('The title')),
    }),
    defineField({
      name: 'start',
      title: 'Starts',
      type: 'datetime',
      validation: (rule) => rule.required().error('Give the programme item a start time.'),
    }),
    defineField({
      name: 'end',
      title: 'Ends',
      type: 'datetime',
      validation: (rule) =>
        rule.custom((end, context) => {
          const item = programmeTimes(context.parent)
          return checkEndAfterStart(item.start, end)
        }),
    }),
    defineField({ name: 'description', title: 'Description', type: 'localeText' }),
    defineField({
      name: 'people',
      title: 'People',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'person' }] })],
    }),
  ],
  validation: (rule) =>
    rule.custom((item, context) =>
      checkWithin(programmeTimes(item), programmeTimes(context.document)),
    ),
  preview: { select: { title: 'title.en', subtitle: 'start' } },
})

function programmeTimes(value: unknown): { start?: string; end?: string } {
  return { start: readString(value, 'start'), end: readString(value, 'end') }
}

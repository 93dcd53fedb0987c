import { defineArrayMember, defineField, defineType } from 'sanity'
import { linkField, slugField } from '../fields'
import { personPreview } from '../previews'
import { requireEnglish } from '../objects/localized'
import { checkTimeZone } from '../rules'
import {
  initiativeStatuses,
  initiativeStatusTitles,
  organisationKinds,
  organisationKindTitles,
} from '../../../lib/event-options'

export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  fields: [
    defineField({
      name: 'honorific',
      title: 'Honorific',
      type: 'localeString',
      description:
        'As used by your institution in each language, e.g. "Ms." in English, "Mme" in French.',
    }),
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().error('The person needs a name.'),
    }),
    slugField({ source: 'name', what: 'person' }),
    defineField({ name: 'position', title: 'Current position', type: 'localeString' }),
    defineField({
      name: 'organisation',
      title: 'Current organisation',
      type: 'reference',
      to: [{ type: 'organisation' }],
    }),
    defineField({ name: 'bio', title: 'Biography', type: 'localeText' }),
    defineField({ name: 'image', title: 'Portrait', type: 'accessibleImage' }),
    defineField({
      name: 'links',
      title: 'Links',
      type: 'array',
      of: [defineArrayMember({ type: 'link' })],
    }),
  ],
  orderings: [{ title: 'Name', name: 'name', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: {
      name: 'name',
      organisation: 'organisation.name.en',
      acronym: 'organisation.acronym.en',
      media: 'image',
    },
    prepare: personPreview,
  },
})

export const organisation = defineType({
  name: 'organisation',
  title: 'Organisation',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'localeString',
      validation: (rule) => rule.custom(requireEnglish('The name')),
    }),
    defineField({
      name: 'acronym',
      title: 'Acronym',
      type: 'localeString',
      description: 'As written in each language, e.g. "UNDP" in English, "PNUD" in French.',
    }),
    slugField({ source: 'name.en', what: 'organisation' }),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      options: {
        list: organisationKinds.map((value) => ({ value, title: organisationKindTitles[value] })),
      },
    }),
    defineField({
      name: 'parent',
      title: 'Part of',
      type: 'reference',
      to: [{ type: 'organisation' }],
      validation: (rule) =>
        rule.custom((value, context) => {
          const own = context.document?._id.replace(/^drafts\./, '')
          return value?._ref && value._ref === own
            ? 'An organisation cannot be part of itself.'
            : true
        }),
    }),
    defineField({ name: 'description', title: 'Description', type: 'localeText' }),
    linkField({ name: 'website', title: 'Website', schemes: ['http', 'https'] }),
    defineField({ name: 'logo', title: 'Logo', type: 'accessibleImage' }),
  ],
  preview: { select: { title: 'name.en', subtitle: 'acronym.en', media: 'logo' } },
})

export const initiative = defineType({
  name: 'initiative',
  title: 'Initiative',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'localeString',
      validation: (rule) => rule.custom(requireEnglish('The title')),
    }),
    slugField({ source: 'title.en', what: 'initiative' }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      initialValue: 'announced',
      options: {
        list: initiativeStatuses.map((value) => ({ value, title: initiativeStatusTitles[value] })),
      },
      validation: (rule) => rule.required().error('Choose the status of the initiative.'),
    }),
    defineField({ name: 'summary', title: 'Summary', type: 'localeText' }),
    defineField({ name: 'body', title: 'Description', type: 'localeBlockContent' }),
    defineField({
      name: 'leads',
      title: 'Lead organisations',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'organisation' }] })],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'announcedAt',
      title: 'Announced at',
      type: 'reference',
      to: [{ type: 'event' }],
    }),
    linkField({ name: 'website', title: 'Website', schemes: ['http', 'https'] }),
    defineField({ name: 'image', title: 'Image', type: 'accessibleImage' }),
  ],
  preview: { select: { title: 'title.en', subtitle: 'status', media: 'image' } },
})

export const topic = defineType({
  name: 'topic',
  title: 'Topic',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'localeString',
      validation: (rule) => rule.custom(requireEnglish('The title')),
    }),
    slugField({ source: 'title.en', what: 'topic' }),
    defineField({ name: 'description', title: 'Description', type: 'localeText' }),
  ],
  preview: { select: { title: 'title.en' } },
})

export const eventSeries = defineType({
  name: 'eventSeries',
  title: 'Event series',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'localeString',
      validation: (rule) => rule.custom(requireEnglish('The title')),
    }),
    slugField({ source: 'title.en', what: 'series' }),
    defineField({ name: 'summary', title: 'Summary', type: 'localeText' }),
    defineField({ name: 'startDate', title: 'First day', type: 'date' }),
    defineField({
      name: 'endDate',
      title: 'Last day',
      type: 'date',
      validation: (rule) =>
        rule
          .min(rule.valueOfField('startDate'))
          .error('The last day must not be before the first day.'),
    }),
    defineField({
      name: 'timeZone',
      title: 'Time zone',
      description: 'New events in this series start in this zone, e.g. "America/New_York".',
      type: 'string',
      validation: (rule) => rule.custom(checkTimeZone),
    }),
    defineField({
      name: 'organisers',
      title: 'Organisers',
      description: 'New events in this series start with these organisers.',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'organisation' }] })],
    }),
    linkField({ name: 'website', title: 'Website', schemes: ['http', 'https'] }),
  ],
  preview: { select: { title: 'title.en', subtitle: 'startDate' } },
})

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Site title',
      type: 'localeString',
      validation: (rule) => rule.custom(requireEnglish('The site title')),
    }),
    defineField({ name: 'description', title: 'Site description', type: 'localeText' }),
    defineField({
      name: 'institution',
      title: 'Institution',
      type: 'reference',
      to: [{ type: 'organisation' }],
    }),
    defineField({
      name: 'featuredInitiatives',
      title: 'Featured initiatives',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'initiative' }] })],
    }),
  ],
  preview: { prepare: () => ({ title: 'Site settings' }) },
})

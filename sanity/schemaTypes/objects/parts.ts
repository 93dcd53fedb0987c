import { defineField, defineType } from 'sanity'
import { linkField } from '../fields'
import { requireEnglish } from './localized'

/** An image with alternative text, which screen-reader users need. */
export const accessibleImage = defineType({
  name: 'accessibleImage',
  title: 'Image',
  type: 'image',
  options: { hotspot: true },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternative text',
      description: 'Describe the image for people who cannot see it.',
      type: 'localeString',
      validation: (rule) =>
        rule.custom((value, context) => {
          const hasAsset =
            typeof context.parent === 'object' &&
            context.parent !== null &&
            'asset' in context.parent
          return hasAsset ? requireEnglish('Alternative text')(value) : true
        }),
    }),
    defineField({ name: 'credit', title: 'Credit', type: 'string' }),
  ],
})

export const link = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      type: 'localeString',
      validation: (rule) => rule.custom(requireEnglish('The label')),
    }),
    linkField({
      name: 'url',
      title: 'Address',
      description: 'A web address (https://…) or an e-mail link (mailto:…).',
      required: 'Enter the address the link goes to.',
    }),
  ],
  preview: { select: { title: 'label.en', subtitle: 'url' } },
})

export const venue = defineType({
  name: 'venue',
  title: 'Venue',
  type: 'object',
  fields: [
    defineField({ name: 'name', title: 'Name', type: 'localeString' }),
    defineField({ name: 'address', title: 'Street address', type: 'string' }),
    defineField({ name: 'city', title: 'City', type: 'string' }),
    defineField({ name: 'country', title: 'Country', type: 'string' }),
    linkField({ name: 'mapUrl', title: 'Map link', schemes: ['http', 'https'] }),
  ],
  preview: { select: { title: 'name.en', subtitle: 'city' } },
})

export const registration = defineType({
  name: 'registration',
  title: 'Registration',
  type: 'object',
  fields: [
    defineField({
      name: 'mode',
      title: 'How people register',
      type: 'string',
      options: {
        list: [
          { title: 'Open, no registration', value: 'none' },
          { title: 'RSVP', value: 'rsvp' },
          { title: 'Registration required', value: 'required' },
          { title: 'By invitation', value: 'invitation' },
          { title: 'Closed', value: 'closed' },
        ],
      },
      initialValue: 'none',
    }),
    linkField({ name: 'url', title: 'Registration link', schemes: ['http', 'https', 'mailto'] }),
    defineField({ name: 'deadline', title: 'Deadline', type: 'datetime' }),
    defineField({ name: 'note', title: 'Note', type: 'localeString' }),
  ],
})

export const recording = defineType({
  name: 'recording',
  title: 'Recording',
  type: 'object',
  fields: [
    linkField({
      name: 'url',
      title: 'Recording link',
      schemes: ['http', 'https'],
      required: 'Enter the address of the recording.',
    }),
    defineField({
      name: 'provider',
      title: 'Published by',
      type: 'string',
      description: 'For example "UN Web TV".',
    }),
    defineField({
      name: 'duration',
      title: 'Duration (minutes)',
      type: 'number',
      validation: (rule) => rule.min(1).integer(),
    }),
  ],
})

import type { SanityDocument } from '@/lib/content/dataset'

/** Small, valid documents that each validation test breaks in exactly one way. */
export const ref = (id: string) => ({ _type: 'reference', _ref: id })

export const imageAssetId = 'image-0123456789abcdef0123456789abcdef01234567-800x600-jpg'

export const referenced: SanityDocument[] = [
  { _id: 'person-ada', _type: 'person', name: 'Ada Example', slug: { current: 'ada-example' } },
  { _id: 'org-oict', _type: 'organisation', name: { en: 'OICT' }, slug: { current: 'oict' } },
  { _id: imageAssetId, _type: 'sanity.imageAsset' },
]

export const validEvent = {
  _id: 'drafts.event-open-source-week',
  _type: 'event',
  title: { _type: 'localeString', en: 'Open Source Week' },
  slug: { _type: 'slug', current: 'open-source-week-2030' },
  status: 'scheduled',
  start: '2030-03-10T14:00:00.000Z',
  end: '2030-03-10T16:00:00.000Z',
  timeZone: 'Europe/Zurich',
  attendanceMode: 'hybrid',
  venue: { _type: 'venue', name: 'Palais des Nations', city: 'Geneva' },
  onlineUrl: 'https://webtv.un.org/live',
  appearances: [{ _key: 'a1', _type: 'appearance', person: ref('person-ada'), role: 'moderator' }],
  organisers: [{ _key: 'o1', ...ref('org-oict') }],
  programme: [
    {
      _key: 'p1',
      _type: 'programmeItem',
      title: { en: 'Opening' },
      start: '2030-03-10T14:00:00.000Z',
      end: '2030-03-10T14:15:00.000Z',
    },
  ],
  image: {
    _type: 'accessibleImage',
    asset: ref(imageAssetId),
    alt: { _type: 'localeString', en: 'Panelists on a stage' },
  },
  resources: [
    { _key: 'r1', _type: 'link', label: { en: 'Report' }, url: 'https://example.org/report.pdf' },
  ],
  body: {
    _type: 'localeBlockContent',
    en: [
      {
        _key: 'b1',
        _type: 'block',
        style: 'normal',
        markDefs: [{ _key: 'm1', _type: 'link', href: 'mailto:events@example.org' }],
        children: [{ _key: 's1', _type: 'span', text: 'Write to us', marks: ['m1'] }],
      },
    ],
  },
}

export const validPerson = {
  _id: 'drafts.person-grace',
  _type: 'person',
  name: 'Grace Example',
  slug: { _type: 'slug', current: 'grace-example' },
  organisation: ref('org-oict'),
  links: [
    { _key: 'l1', _type: 'link', label: { en: 'Profile' }, url: 'https://example.org/grace' },
  ],
}

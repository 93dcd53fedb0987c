/**
 * A published event whose start is not a date: the e2e server's dataset carries it so the
 * tests can prove that a document failing its schema is logged and skipped, never a 500.
 */
export const brokenEvent = {
  _id: 'event-broken-fixture',
  _type: 'event',
  _rev: 'rev-broken-fixture',
  _createdAt: '2021-09-10T12:00:00Z',
  _updatedAt: '2021-10-05T09:30:00Z',
  title: { _type: 'localeString', en: 'Broken fixture event' },
  slug: { _type: 'slug', current: 'broken-fixture' },
  status: 'scheduled',
  start: 'not a date',
  end: '2021-09-24T14:30:00.000Z',
  timeZone: 'UTC',
  attendanceMode: 'online',
}

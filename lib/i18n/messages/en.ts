/** English UI strings. Every string a visitor reads comes from a catalogue like this one. */
export const en = {
  site: {
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main',
    home: 'Home',
    events: 'Events',
    people: 'People',
    organisations: 'Organisations',
    initiatives: 'Initiatives',
    search: 'Search',
    footer: 'Events, speakers and initiatives, published with an open-source event portal.',
    studio: 'Editors: open the Studio',
  },
  home: {
    upcoming: 'Upcoming events',
    recent: 'Recent events',
    noUpcoming: 'No upcoming events are scheduled. Here are the most recent ones.',
    allEvents: 'All events',
  },
  event: {
    when: 'When',
    where: 'Where',
    online: 'Online',
    eventTime: 'Event time',
    zone: '{city} time ({name}, {offset})',
    yourTime: 'Your time',
    people: 'People',
    organisers: 'Organised by',
    series: 'Part of',
    recording: 'Watch the recording',
    recordingOn: 'Recording on {provider}',
    topics: 'Topics',
    initiatives: 'Initiatives',
    programme: 'Programme',
    resources: 'Resources',
    registration: 'Registration',
    join: 'Join online',
    about: 'About this event',
    previously: 'Originally planned for {date}',
    addToCalendar: 'Add to calendar',
  },
  status: {
    scheduled: 'Scheduled',
    cancelled: 'This event has been cancelled.',
    postponed: 'This event has been postponed.',
    rescheduled: 'This event has been rescheduled.',
    movedOnline: 'This event has moved online.',
  },
  attendance: { inPerson: 'In person', online: 'Online', hybrid: 'Hybrid (in person and online)' },
  registration: {
    none: 'No registration needed',
    rsvp: 'Please RSVP',
    required: 'Registration required',
    invitation: 'By invitation',
    closed: 'Registration closed',
    register: 'Register',
  },
  roles: {
    host: { one: 'Host', other: 'Hosts' },
    openingRemarks: { one: 'Opening remarks', other: 'Opening remarks' },
    keynote: { one: 'Keynote', other: 'Keynotes' },
    remarks: { one: 'Remarks', other: 'Remarks' },
    moderator: { one: 'Moderator', other: 'Moderators' },
    panelist: { one: 'Panelist', other: 'Panelists' },
    speaker: { one: 'Speaker', other: 'Speakers' },
    presenter: { one: 'Presenter', other: 'Presenters' },
    discussant: { one: 'Discussant', other: 'Discussants' },
    closingRemarks: { one: 'Closing remarks', other: 'Closing remarks' },
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFoundBody: 'We could not find that page. It may have moved, or the address may be mistyped.',
    errorTitle: 'Something went wrong',
    errorBody: 'This page could not be shown just now. Please try again in a moment.',
    retry: 'Try again',
    backHome: 'Go to the home page',
  },
  studioSetup: {
    title: 'Connect a Sanity project to edit content',
    intro:
      'The site is running on its bundled dataset, so there is no Studio to edit in yet. Connect a Sanity project and this page becomes the Studio, where staff edit events, people, organisations and initiatives.',
    stepsTitle: 'How to connect a project',
    stepProject:
      'Create a project and a dataset (for example "production") at sanity.io/manage, or with "npx sanity init".',
    stepCors:
      'In the project’s API settings, add this site’s address as a CORS origin and allow credentials:',
    stepEnv:
      'Set these environment variables for the site (in .env.local during development, or in your host’s settings):',
    stepBuild:
      'Build and start the site again. NEXT_PUBLIC_ variables are fixed when the site is built, so a restart alone is not enough.',
    stepImport:
      'Optionally, send the bundled content to the new dataset with "npm run content:import".',
    variablesCaption: 'Environment variables',
    variable: 'Variable',
    purpose: 'What it is for',
    required: 'required',
    optional: 'optional',
    variables: {
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'The project id shown at sanity.io/manage.',
      NEXT_PUBLIC_SANITY_DATASET: 'The dataset to use. Default: production.',
      SANITY_API_READ_TOKEN:
        'A token with the Viewer role. It lets previews show drafts; it never reaches the browser.',
      SANITY_REVALIDATE_SECRET:
        'The secret of the webhook that refreshes pages when content is published.',
      NEXT_PUBLIC_SITE_URL: 'The public address of the site, used in links and the preview tool.',
    },
    docs: 'The full guide, with tokens, the webhook and deployment, is in docs/connect-sanity.md in the repository.',
    backToSite: 'Back to the site',
  },
} as const

export type Messages = typeof en

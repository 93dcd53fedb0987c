import { fetchContent } from '../content/fetch'
import { parseList } from '../content/parse'
import { eventListItem } from '../queries/event-list'
import { homeQuery, homeResult, recordingShape } from '../queries/home'
import { initiativeCard } from '../queries/initiatives'

const recordedEvent = eventListItem.extend({ recording: recordingShape })

export async function getHome(locale: string) {
  'use cache'
  const data = await fetchContent(homeQuery, { locale, limit: 6, recordings: 3 }, [
    'siteSettings',
    'event',
    'initiative',
    'organisation',
    'eventSeries',
  ])
  const home = homeResult.parse(data)
  return {
    title: home.settings?.title,
    description: home.settings?.description,
    lang: home.settings?.lang ?? {},
    // A featured initiative that was deleted leaves a dangling reference: skip it quietly.
    featured: parseList(
      initiativeCard,
      (home.settings?.featured ?? []).filter((item) => item !== null),
      'initiative',
    ),
    upcoming: parseList(eventListItem, home.upcoming, 'event'),
    recent: parseList(eventListItem, home.recent, 'event'),
    recordings: parseList(recordedEvent, home.recordings, 'event'),
  }
}

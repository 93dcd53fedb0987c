import { BulbOutlineIcon, CaseIcon, CogIcon, StackIcon, TagIcon, UsersIcon } from '@sanity/icons'
import type { ListBuilder, StructureBuilder, StructureResolver } from 'sanity/structure'
import { eventsItem } from './event-lists'
import { translationsItem } from './translations'

export const siteSettingsId = 'siteSettings'

/** The Studio's left-hand navigation, in the order comms staff work. */
export const structure: StructureResolver = (S) => contentList(S)

export function contentList(S: StructureBuilder): ListBuilder {
  return S.list()
    .title('Content')
    .items([
      eventsItem(S),
      S.documentTypeListItem('person').title('People').icon(UsersIcon),
      S.documentTypeListItem('organisation').title('Organisations').icon(CaseIcon),
      S.documentTypeListItem('initiative').title('Initiatives').icon(BulbOutlineIcon),
      S.divider(),
      S.documentTypeListItem('topic').title('Topics').icon(TagIcon),
      S.documentTypeListItem('eventSeries').title('Event series').icon(StackIcon),
      S.divider(),
      translationsItem(S),
      S.listItem()
        .id(siteSettingsId)
        .title('Settings')
        .icon(CogIcon)
        .child(
          S.document().schemaType('siteSettings').documentId(siteSettingsId).title('Site settings'),
        ),
    ])
}

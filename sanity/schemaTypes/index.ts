import { event } from './documents/event'
import {
  eventSeries,
  initiative,
  organisation,
  person,
  siteSettings,
  topic,
} from './documents/directory'
import { appearance, programmeItem } from './objects/appearance'
import { blockContent } from './objects/block-content'
import { localeBlockContent, localeString, localeText } from './objects/localized'
import { accessibleImage, link, recording, registration, venue } from './objects/parts'

export const schemaTypes = [
  event,
  eventSeries,
  person,
  organisation,
  initiative,
  topic,
  siteSettings,
  appearance,
  programmeItem,
  blockContent,
  localeString,
  localeText,
  localeBlockContent,
  accessibleImage,
  link,
  venue,
  registration,
  recording,
]

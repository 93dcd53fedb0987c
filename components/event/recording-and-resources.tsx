import { isWebLink } from '@/lib/event-text'
import { InLanguage } from '@/components/i18n/in-language'
import type { Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import type { EventDetail } from '@/lib/queries/events'

/** The recording, once published, as the main call to action; then further resources. */
export function Recording({ event, locale }: { event: EventDetail; locale: Locale }) {
  const recording = event.recording
  if (!recording || !isWebLink(recording.url)) return null
  const { event: messages } = getMessages(locale)
  return (
    <p className="recording">
      <a className="button" href={recording.url}>
        {messages.recording}
      </a>
      {recording.provider ? (
        <span className="meta">
          {' '}
          {format(locale, messages.recordingOn, { provider: recording.provider })}
        </span>
      ) : null}
    </p>
  )
}

export function Resources({ event, locale }: { event: EventDetail; locale: Locale }) {
  const resources = event.resources.filter((resource) => isWebLink(resource.url))
  if (resources.length === 0) return null
  const { event: messages } = getMessages(locale)
  return (
    <section className="section" aria-labelledby="resources">
      <h2 id="resources">{messages.resources}</h2>
      <ul>
        {resources.map((resource) => (
          <li key={resource._key}>
            <a href={resource.url}>
              <InLanguage lang={resource.lang.label} locale={locale}>
                {resource.label}
              </InLanguage>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}

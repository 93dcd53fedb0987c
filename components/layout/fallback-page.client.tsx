'use client'

import { useFallbackMessages } from './locale-messages.client'

/**
 * The not-found and error pages' content (an error, or the content backend unreachable), in
 * the language of the locale they happen in
 * (English outside any locale). The error page is rendered in the browser, so it takes its
 * strings from the layout rather than from the catalogues.
 */
export function FallbackPage({
  kind,
  onRetry,
}: {
  kind: 'notFound' | 'error' | 'unavailable'
  onRetry?: () => void
}) {
  const messages = useFallbackMessages()
  if (!messages) return null
  const home = `/${messages.locale}`
  const text = {
    notFound: [messages.notFoundTitle, messages.notFoundBody],
    error: [messages.errorTitle, messages.errorBody],
    unavailable: [messages.unavailableTitle, messages.unavailableBody],
  }[kind]
  return (
    <>
      {messages.header}
      <main id="main" tabIndex={-1}>
        <div className="container">
          <h1>{text[0]}</h1>
          <p className="lead">{text[1]}</p>
          <p>
            {onRetry ? (
              <>
                <button type="button" className="button" onClick={onRetry}>
                  {messages.retry}
                </button>{' '}
              </>
            ) : null}
            <a href={home}>{messages.backHome}</a>
          </p>
        </div>
      </main>
    </>
  )
}

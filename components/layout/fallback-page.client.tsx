'use client'

import { useFallbackMessages } from './locale-messages.client'

/**
 * The not-found and error pages' content, in the language of the locale they happen in
 * (English outside any locale). The error page is rendered in the browser, so it takes its
 * strings from the layout rather than from the catalogues.
 */
export function FallbackPage({
  kind,
  onRetry,
}: {
  kind: 'notFound' | 'error'
  onRetry?: () => void
}) {
  const messages = useFallbackMessages()
  if (!messages) return null
  const home = `/${messages.locale}`
  return (
    <>
      {messages.header}
      <main id="main" tabIndex={-1}>
        <div className="container">
          <h1>{kind === 'notFound' ? messages.notFoundTitle : messages.errorTitle}</h1>
          <p className="lead">{kind === 'notFound' ? messages.notFoundBody : messages.errorBody}</p>
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

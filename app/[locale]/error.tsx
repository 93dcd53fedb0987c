'use client'

import { defaultLocale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const messages = getMessages(defaultLocale)
  return (
    <div className="container">
      <h1>{messages.errors.errorTitle}</h1>
      <p className="lead">{messages.errors.errorBody}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {messages.errors.retry}
        </button>{' '}
        <a href={`/${defaultLocale}`}>{messages.errors.backHome}</a>
      </p>
    </div>
  )
}

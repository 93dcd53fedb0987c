import Link from 'next/link'
import { defaultLocale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'

export default function NotFound() {
  const messages = getMessages(defaultLocale)
  return (
    <div className="container">
      <h1>{messages.errors.notFoundTitle}</h1>
      <p className="lead">{messages.errors.notFoundBody}</p>
      <p>
        <Link href={`/${defaultLocale}`}>{messages.errors.backHome}</Link>
      </p>
    </div>
  )
}

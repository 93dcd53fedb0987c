import type { Locale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'

export function SiteFooter({ locale }: { locale: Locale }) {
  const { site } = getMessages(locale)
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{site.footer}</p>
      </div>
    </footer>
  )
}

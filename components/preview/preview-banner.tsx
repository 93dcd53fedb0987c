import { intlLocales, type Locale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import { currentGrant } from '@/lib/preview/session'
import { isWildcard, scopeHome, wholeSite } from '@/lib/preview/scope'
import type { Grant } from '@/lib/preview/token'
import { ExitPreview } from './exit-preview.client'
import styles from './preview-banner.module.css'

/**
 * Shown on every page in draft mode: says that this is a preview, which pages it covers
 * and until when, and offers a way out. Reads the request's cookies, so it must sit inside
 * Suspense and only be rendered in draft mode (public pages stay fully static).
 */
export async function PreviewBanner({ locale }: { locale: Locale }) {
  const grant = await currentGrant()
  const { preview } = getMessages(locale)
  return (
    <aside className={styles.banner} aria-label={preview.label}>
      <div className={`container ${styles.inner}`}>
        <p className={styles.text}>
          <strong className={styles.title}>{preview.title}</strong>
          {grant ? <GrantDetails grant={grant} locale={locale} /> : null} {preview.private}
        </p>
        <ExitPreview label={preview.exit} />
      </div>
    </aside>
  )
}

function GrantDetails({ grant, locale }: { grant: Grant; locale: Locale }) {
  const { preview } = getMessages(locale)
  const home = scopeHome(grant.scope)
  const scope =
    grant.scope === wholeSite
      ? preview.scopeSite
      : format(locale, isWildcard(grant.scope) ? preview.scopeSection : preview.scopePage, {
          path: home,
        })
  const expires = new Date(grant.expiresAt)
  const date = new Intl.DateTimeFormat(intlLocales[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(expires)
  const [before, after = ''] = preview.until.split('{date}')
  return (
    <>
      {scope}{' '}
      <span>
        {before}
        <time dateTime={expires.toISOString()}>{date}</time>
        {after}
      </span>
    </>
  )
}

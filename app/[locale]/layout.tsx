import type { Metadata, Viewport } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'
import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { FallbackMessagesProvider } from '@/components/layout/locale-messages.client'
import { PreviewBanner } from '@/components/preview/preview-banner'
import { isLocale, localeDirection, locales } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import { shortLived } from '@/lib/data/page-cache'
import { siteUrl } from '@/lib/env'
import { feedAlternates } from '@/lib/seo/page-alternates'
import './globals.css'

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params
  return {
    metadataBase: new URL(siteUrl),
    title: { default: 'Event Portal', template: '%s · Event Portal' },
    // Pages that set their own `alternates` or `openGraph` replace these, so they repeat them.
    alternates: isLocale(locale) ? { types: feedAlternates(locale) } : undefined,
    openGraph: { siteName: 'Event Portal', type: 'website' },
    twitter: { card: 'summary' },
  }
}

export const viewport = { width: 'device-width', initialScale: 1 } satisfies Viewport

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params
  if (!isLocale(locale)) {
    // Any address outside the site (`/x.png`, `/api/nope`): a 404 a CDN keeps briefly.
    await shortLived()
    notFound()
  }
  const messages = getMessages(locale)
  // False while prerendering, so the static pages never contain the banner or read cookies.
  const { isEnabled: preview } = await draftMode()
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {messages.site.skipToContent}
        </a>
        {preview ? (
          <Suspense fallback={null}>
            <PreviewBanner locale={locale} />
          </Suspense>
        ) : null}
        <FallbackMessagesProvider
          messages={{ locale, ...messages.errors, header: <SiteHeader locale={locale} path="" /> }}
        >
          {children}
        </FallbackMessagesProvider>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}

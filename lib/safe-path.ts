import { defaultLocale } from './i18n/config'

/**
 * A path on this site to send someone back to, taken from a query parameter. Anything that
 * could lead to another origin (`//host`, `\host`, `https://...`) falls back to the home page.
 */
export function safeRedirectPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || /[\\\s]/.test(value)) {
    return `/${defaultLocale}`
  }
  return value
}

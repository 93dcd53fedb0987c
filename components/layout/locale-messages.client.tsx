'use client'

import { createContext, useContext, type ReactNode } from 'react'

/** What the error and not-found pages say, in the page's language. */
export type FallbackMessages = {
  locale: string
  notFoundTitle: string
  notFoundBody: string
  errorTitle: string
  errorBody: string
  unavailableTitle: string
  unavailableBody: string
  retry: string
  backHome: string
  /** The site header, rendered on the server: a 404 keeps the site's navigation. */
  header: ReactNode
}

const Context = createContext<FallbackMessages | null>(null)

/**
 * Hands the error boundary and the not-found page their strings. Both render inside the
 * locale's layout but get no route parameters, and the error page runs in the browser, so
 * the layout passes down just these few strings instead of every catalogue reaching the
 * browser's bundle.
 */
export function FallbackMessagesProvider({
  messages,
  children,
}: {
  messages: FallbackMessages
  children: ReactNode
}) {
  return <Context value={messages}>{children}</Context>
}

export function useFallbackMessages(): FallbackMessages | null {
  return useContext(Context)
}

'use client'

// First, before any module that creates a zod schema.
import '@/lib/zod-without-eval'
import { NextStudio } from 'next-sanity/studio/client-component'
import config from '@/sanity.config'

export function StudioApp() {
  return <NextStudio config={config} />
}

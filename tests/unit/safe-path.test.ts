import { describe, expect, it } from 'vitest'
import { safeRedirectPath } from '@/lib/safe-path'

describe('safeRedirectPath', () => {
  it.each(['/en', '/en/events/x?tab=programme', '/en/people/salem-avan#bio'])(
    'keeps %s',
    (path) => {
      expect(safeRedirectPath(path)).toBe(path)
    },
  )

  it.each([
    null,
    '',
    'https://evil.example',
    '//evil.example/en',
    '/\\evil.example',
    'javascript:alert(1)',
    'en/events',
    '/en/ events',
  ])('sends %j to the home page', (value) => {
    expect(safeRedirectPath(value)).toBe('/en')
  })
})

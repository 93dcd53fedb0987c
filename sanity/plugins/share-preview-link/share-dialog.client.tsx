import { CopyIcon, LinkIcon } from '@sanity/icons'
import { Box, Button, Card, Flex, Label, Select, Stack, Text, TextInput } from '@sanity/ui'
import { useId, useState } from 'react'
import { useClient, useCurrentUser } from 'sanity'
import { defaultLocale } from '../../../lib/i18n/config'
import { createReviewerLink } from './create-link'
import { previewLifetimes, type PreviewLinkResult } from './request'
import { linkReaches, linkScope, siteLanguages, type LinkReach } from './scope'

type State = { step: 'choose' } | { step: 'working' } | { step: 'done'; result: PreviewLinkResult }

// With the zone named: editors often share links with reviewers in other time zones.
const expiryFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
})

/**
 * Lets an editor pick what a reviewer link opens (this page, or every page, in one
 * language) and how long it lasts, creates it, and copies it.
 */
export function ShareDialog({ page }: { page: { type: string; slug: unknown } }) {
  const client = useClient({ apiVersion: '2025-02-19' })
  const user = useCurrentUser()
  const [hours, setHours] = useState<number>(previewLifetimes[0].hours)
  const [locale, setLocale] = useState<string>(defaultLocale)
  const [reach, setReach] = useState<LinkReach>('page')
  const [state, setState] = useState<State>({ step: 'choose' })
  const [copied, setCopied] = useState(false)
  const lifetimeId = useId()
  const languageId = useId()
  const reachId = useId()
  const linkId = useId()
  const path = linkScope(page, locale, reach)
  const languages = siteLanguages()
  const languageName = languages.find((language) => language.id === locale)?.title ?? locale

  // A link made for another choice would not match what the dialog now says.
  function choose(apply: () => void) {
    apply()
    setState({ step: 'choose' })
  }

  async function create() {
    if (!path) return
    setState({ step: 'working' })
    setCopied(false)
    const result = await createReviewerLink({
      client,
      path,
      hours,
      studioUrl: `${window.location.origin}/studio`,
      userId: user?.id,
    })
    setState({ step: 'done', result })
  }

  async function copy(url: string) {
    await navigator.clipboard.writeText(url)
    setCopied(true)
  }

  const result = state.step === 'done' ? state.result : undefined
  return (
    <Stack space={4}>
      <Text size={1} muted>
        {reach === 'language'
          ? `Anyone with the link can see every page in ${languageName} as it is now, including unpublished changes to any document, without a Studio account.`
          : 'Anyone with the link can see this page as it is now, including unpublished changes, without a Studio account.'}{' '}
        Opens: <code>{path}</code>
      </Text>
      <Flex gap={2}>
        <Stack space={2} flex={1}>
          <Label as="label" htmlFor={languageId}>
            Language
          </Label>
          <Select
            id={languageId}
            value={locale}
            onChange={(event) => {
              const value = event.currentTarget.value
              choose(() => setLocale(value))
            }}
            disabled={state.step === 'working'}
          >
            {languages.map((language) => (
              <option key={language.id} value={language.id}>
                {language.title}
              </option>
            ))}
          </Select>
        </Stack>
        <Stack space={2} flex={1}>
          <Label as="label" htmlFor={reachId}>
            Link opens
          </Label>
          <Select
            id={reachId}
            value={reach}
            onChange={(event) => {
              const value = event.currentTarget.value === 'language' ? 'language' : 'page'
              choose(() => setReach(value))
            }}
            disabled={state.step === 'working'}
          >
            {linkReaches.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Stack>
      </Flex>
      <Stack space={2}>
        <Label as="label" htmlFor={lifetimeId}>
          Link works for
        </Label>
        <Flex gap={2}>
          <Box flex={1}>
            <Select
              id={lifetimeId}
              value={String(hours)}
              onChange={(event) => setHours(Number(event.currentTarget.value))}
              disabled={state.step === 'working'}
            >
              {previewLifetimes.map((lifetime) => (
                <option key={lifetime.hours} value={lifetime.hours}>
                  {lifetime.label}
                </option>
              ))}
            </Select>
          </Box>
          <Button
            icon={LinkIcon}
            text={result?.ok ? 'Create a new link' : 'Create link'}
            tone="primary"
            onClick={create}
            loading={state.step === 'working'}
          />
        </Flex>
      </Stack>
      <div aria-live="polite">
        {result?.ok ? (
          <Stack space={3}>
            <Label as="label" htmlFor={linkId}>
              Preview link
            </Label>
            <Flex gap={2}>
              <Box flex={1}>
                <TextInput id={linkId} readOnly value={result.url} onFocus={selectAll} />
              </Box>
              <Button
                icon={CopyIcon}
                text={copied ? 'Copied' : 'Copy'}
                mode="ghost"
                onClick={() => copy(result.url)}
              />
            </Flex>
            <Text size={1} muted>
              Expires {expiryFormat.format(result.expiresAt)}.
            </Text>
          </Stack>
        ) : null}
        {result && !result.ok ? (
          <Card padding={3} radius={2} tone="critical" role="alert">
            <Text size={1}>{result.message}</Text>
          </Card>
        ) : null}
      </div>
    </Stack>
  )
}

function selectAll(event: React.FocusEvent<HTMLInputElement>) {
  event.currentTarget.select()
}

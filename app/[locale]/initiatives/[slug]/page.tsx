import { prerenderedSlugs } from '@/lib/i18n/prerender'
import type { Metadata } from 'next'
import { InLanguage } from '@/components/i18n/in-language'
import { PageFrame } from '@/components/layout/page-frame'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { RichText } from '@/components/event/rich-text'
import { EventListEntries } from '@/components/listing/event-list-item'
import { PersonList } from '@/components/person/person-list'
import { getInitiative, listInitiativeSlugs } from '@/lib/data/initiatives'
import { isLocale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import { idScope } from '@/lib/dom-id'
import { pageAlternates } from '@/lib/seo/page-alternates'

export async function generateStaticParams() {
  const slugs = await listInitiativeSlugs()
  // Cache Components needs at least one entry to validate the route at build time.
  const known = slugs.length > 0 ? slugs : ['un-secretariat-ospo']
  return prerenderedSlugs(known)
}

async function load(params: PageProps<'/[locale]/initiatives/[slug]'>['params']) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const initiative = await getInitiative(locale, slug)
  if (!initiative) notFound()
  return { locale, initiative }
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/initiatives/[slug]'>): Promise<Metadata> {
  const { locale, initiative } = await load(params)
  return {
    title: initiative.title,
    description: initiative.summary,
    alternates: pageAlternates(locale, `/${locale}/initiatives/${initiative.slug}`),
  }
}

export default async function InitiativePage({
  params,
}: PageProps<'/[locale]/initiatives/[slug]'>) {
  const { locale, initiative } = await load(params)
  const messages = getMessages(locale)
  const m = messages.initiative
  const id = idScope('initiative', initiative._id)
  return (
    <PageFrame locale={locale} path={`/initiatives/${initiative.slug}`}>
      <article className="container">
        <header>
          <h1>
            <InLanguage lang={initiative.lang.title} locale={locale}>
              {initiative.title}
            </InLanguage>
          </h1>
          {initiative.summary ? (
            <p className="lead">
              <InLanguage lang={initiative.lang.summary} locale={locale}>
                {initiative.summary}
              </InLanguage>
            </p>
          ) : null}
        </header>
        <dl className="facts">
          {initiative.status ? (
            <>
              <dt>{m.status}</dt>
              <dd>{messages.directory.statuses[initiative.status]}</dd>
            </>
          ) : null}
          {initiative.leads.length > 0 ? (
            <>
              <dt>{m.leads}</dt>
              <dd>
                <ul className="inline-list">
                  {initiative.leads.map((lead) => (
                    <li key={lead._id}>
                      <Link href={`/${locale}/organisations/${lead.slug}`}>
                        <InLanguage lang={lead.lang.name} locale={locale}>
                          {lead.name}
                        </InLanguage>
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {initiative.announcedAt ? (
            <>
              <dt>{m.announcedAt}</dt>
              <dd>
                <Link href={`/${locale}/events/${initiative.announcedAt.slug}`}>
                  <InLanguage lang={initiative.announcedAt.lang.title} locale={locale}>
                    {initiative.announcedAt.title}
                  </InLanguage>
                </Link>
              </dd>
            </>
          ) : null}
          {initiative.website ? (
            <>
              <dt>{m.website}</dt>
              <dd>
                <a href={initiative.website}>{initiative.website}</a>
              </dd>
            </>
          ) : null}
        </dl>
        {initiative.body ? (
          <InLanguage lang={initiative.bodyLang} locale={locale} block>
            <RichText value={initiative.body} />
          </InLanguage>
        ) : null}

        {initiative.events.length > 0 ? (
          <section className="section" aria-labelledby={id('events-heading')}>
            <h2 id={id('events-heading')}>{m.events}</h2>
            <EventListEntries
              events={initiative.events}
              locale={locale}
              labelledBy={id('events-heading')}
            />
          </section>
        ) : null}

        {initiative.people.length > 0 ? (
          <section className="section" aria-labelledby={id('people-heading')}>
            <h2 id={id('people-heading')}>{m.people}</h2>
            <p className="meta">{m.peopleHint}</p>
            <PersonList people={initiative.people} locale={locale} />
          </section>
        ) : null}
      </article>
    </PageFrame>
  )
}

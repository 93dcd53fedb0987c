import { prerenderedSlugs } from '@/lib/i18n/prerender'
import { joinParts } from '@/lib/i18n/format'
import type { Metadata } from 'next'
import { InLanguage } from '@/components/i18n/in-language'
import { PageFrame } from '@/components/layout/page-frame'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AppearanceList } from '@/components/person/appearance-list'
import { getPerson, listPersonSlugs } from '@/lib/data/people'
import { isLocale } from '@/lib/i18n/config'
import { format, getMessages } from '@/lib/i18n/messages'
import { lists } from '@/lib/listing/table'
import { listHref } from '@/lib/listing/routing'
import { idScope } from '@/lib/dom-id'
import { pageAlternates } from '@/lib/seo/page-alternates'

/** Per list: the soonest upcoming and the latest past appearances; a busy speaker has hundreds. */
const appearancesShown = 20

export async function generateStaticParams() {
  const slugs = await listPersonSlugs()
  // Cache Components needs at least one entry to validate the route at build time.
  const known = slugs.length > 0 ? slugs : ['salem-avan']
  return prerenderedSlugs(known)
}

async function load(params: PageProps<'/[locale]/people/[slug]'>['params']) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const person = await getPerson(locale, slug)
  if (!person) notFound()
  return { locale, person }
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/people/[slug]'>): Promise<Metadata> {
  const { locale, person } = await load(params)
  const role = joinParts([person.position, person.organisation?.name], locale)
  return {
    title: person.name,
    description: role || undefined,
    alternates: pageAlternates(locale, `/${locale}/people/${person.slug}`),
  }
}

export default async function PersonPage({ params }: PageProps<'/[locale]/people/[slug]'>) {
  const { locale, person } = await load(params)
  const messages = getMessages(locale)
  const m = messages.person
  const id = idScope('person', person._id)
  const upcoming = person.appearances.filter((a) => a.upcoming).reverse()
  const past = person.appearances.filter((a) => !a.upcoming)
  // The rest of a long list is one link away, in the events list filtered to this person.
  const more = (when: 'upcoming' | 'past', count: number) =>
    count > appearancesShown ? (
      <p>
        <Link
          href={listHref(
            locale,
            'events',
            lists.events.write({ ...lists.events.defaults, person: person.slug, when }),
          )}
          prefetch={false}
        >
          {format(locale, when === 'past' ? m.allPast : m.allUpcoming, {
            count: count,
            name: person.name,
          })}
        </Link>
      </p>
    ) : null
  return (
    <PageFrame locale={locale} path={`/people/${person.slug}`}>
      <article className="container">
        <header>
          {person.honorific ? (
            <p className="meta">
              <InLanguage lang={person.lang.honorific} locale={locale}>
                {person.honorific}
              </InLanguage>
            </p>
          ) : null}
          <h1>
            <bdi>{person.name}</bdi>
          </h1>
          {person.position || person.organisation ? (
            <p className="lead">
              <InLanguage lang={person.lang.position} locale={locale}>
                {person.position}
              </InLanguage>
              {person.position && person.organisation ? ', ' : null}
              {person.organisation ? (
                <Link href={`/${locale}/organisations/${person.organisation.slug}`}>
                  <InLanguage lang={person.organisation.lang.name} locale={locale}>
                    {person.organisation.name}
                  </InLanguage>
                </Link>
              ) : null}
            </p>
          ) : null}
        </header>
        {person.bio ? (
          <p className="prose">
            <InLanguage lang={person.lang.bio} locale={locale}>
              {person.bio}
            </InLanguage>
          </p>
        ) : null}
        {person.links.length > 0 ? (
          <section className="section" aria-labelledby={id('links-heading')}>
            <h2 id={id('links-heading')}>{m.links}</h2>
            <ul>
              {person.links.map((link) => (
                <li key={link._key}>
                  <a href={link.url}>{link.label}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section className="section" aria-labelledby={id('appearances-heading')}>
          <h2 id={id('appearances-heading')}>
            {m.appearances}{' '}
            <span className="meta-inline">
              (
              {format(locale, messages.directory.appearances, { count: person.appearances.length })}
              )
            </span>
          </h2>
          {person.appearances.length === 0 ? <p>{m.noAppearances}</p> : null}
          {upcoming.length > 0 ? (
            <section aria-labelledby={id('upcoming-heading')}>
              <h3 id={id('upcoming-heading')}>{m.upcoming}</h3>
              <AppearanceList appearances={upcoming.slice(0, appearancesShown)} locale={locale} />
              {more('upcoming', upcoming.length)}
            </section>
          ) : null}
          {past.length > 0 ? (
            <section aria-labelledby={id('past-heading')}>
              <h3 id={id('past-heading')}>{m.past}</h3>
              <AppearanceList appearances={past.slice(0, appearancesShown)} locale={locale} />
              {more('past', past.length)}
            </section>
          ) : null}
        </section>
      </article>
    </PageFrame>
  )
}

import { defineField, getPublishedId, type UrlRule, type ValidationContext } from 'sanity'
import { checkLink, checkSlug, readField, slugify, slugMaxLength, type LinkScheme } from './rules'

/**
 * Field builders whose validation speaks to editors. Sanity adds its own checks for some
 * types (a uniqueness check on slugs, a URL check on links) whose messages are written for
 * developers; these fields replace them with one clear message per problem.
 */

/**
 * Drops the checks Sanity attaches to a rule for its type, so that the rule reports only
 * ours. Rules are built fresh for each field, so resetting one in place is safe.
 */
export function withoutBuiltInChecks<T extends object>(rule: T): T {
  if ('reset' in rule && typeof rule.reset === 'function') rule.reset()
  return rule
}

/** True when no other document of the same type (published, draft or release) has the slug. */
export const slugIsFreeQuery =
  '!defined(*[_type == $type && slug.current == $slug && !sanity::versionOf($published)][0]._id)'

async function checkSlugIsFree(
  current: string,
  context: ValidationContext,
  what: string,
): Promise<true | string> {
  const document = context.document
  if (!document) return true
  const free: unknown = await context
    .getClient({ apiVersion: '2025-02-19' })
    .withConfig({ perspective: 'raw' })
    .fetch(slugIsFreeQuery, {
      type: document._type,
      slug: current,
      published: getPublishedId(document._id),
    })
  return free === true
    ? true
    : `Another ${what} already uses this web address. Change it, for example by adding the year.`
}

/**
 * The slug of every document type the site has pages or feeds for: one pattern (rules.ts),
 * a "Generate" that always produces it, and the same editor-facing checks everywhere.
 */
export function slugField(options: { source: string; what: string; group?: string }) {
  return defineField({
    name: 'slug',
    title: 'Web address (slug)',
    description: 'The last part of the page address, e.g. /en/events/open-source-week-2025.',
    type: 'slug',
    group: options.group,
    options: { source: options.source, maxLength: slugMaxLength, slugify },
    validation: (rule) =>
      withoutBuiltInChecks(rule).custom(async (value, context) => {
        const current = readField(value, 'current')
        const format = checkSlug(current, options.what)
        if (format !== true || typeof current !== 'string') return format
        return checkSlugIsFree(current, context, options.what)
      }),
  })
}

/** A link rule: only the given schemes, with one plain message per problem. */
export function linkRule(
  rule: UrlRule,
  options: { schemes?: readonly LinkScheme[]; required?: string } = {},
): UrlRule {
  return withoutBuiltInChecks(rule).custom((value) => {
    if (options.required && (value === undefined || value === null || value === '')) {
      return options.required
    }
    return checkLink(value, options.schemes)
  })
}

export function linkField(options: {
  name: string
  title: string
  description?: string
  group?: string
  schemes?: readonly LinkScheme[]
  required?: string
}) {
  return defineField({
    name: options.name,
    title: options.title,
    description: options.description,
    group: options.group,
    type: 'url',
    validation: (rule) => linkRule(rule, options),
  })
}

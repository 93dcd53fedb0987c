import { z } from 'zod'
import { attendanceModeValues, eventStatusValues } from '../event-options'
import { contentLanguageIds, type ContentLanguage } from '../i18n/languages'
import { isIanaTimeZone, isSlug } from '../../sanity/schemaTypes/rules'

/** Zod shapes shared by several queries; `z.infer` gives the types the components use. */
export const instant = z.iso.datetime({ offset: true })
export const timeZone = z.string().refine(isIanaTimeZone).catch('UTC')
export const optionalText = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined)

/**
 * A slug the site can serve and link (the Studio's pattern, sanity/schemaTypes/rules.ts).
 * A document or reference with any other slug (`café-2027`, `../../studio`) fails its
 * schema, so it is logged and left out: no page, list, feed, calendar or sitemap links an
 * address that would answer 404 or lead elsewhere.
 */
export const pageSlug = z.string().refine(isSlug, 'not a slug the site can serve')

/**
 * The language each listed field was read in (see `langs` in ./fragments): the page's
 * language, or English where the field has no translation; missing when the field is empty.
 */
/** The language one field was read in (see `languageOf` in ./fragments). */
export const contentLanguage = z.enum(contentLanguageIds).nullish().catch(null)

export const fieldLangs = <const Field extends string>(...fields: [Field, ...Field[]]) =>
  z.partialRecord(z.enum(fields), contentLanguage).catch({})

export type FieldLanguages = Partial<Record<string, ContentLanguage | null | undefined>>

export const organisationRef = z.object({
  _id: z.string(),
  slug: pageSlug,
  name: z.string(),
  acronym: optionalText,
  lang: fieldLangs('name', 'acronym'),
})

export const personRef = z.object({
  _id: z.string(),
  slug: pageSlug,
  name: z.string(),
  honorific: optionalText,
  lang: fieldLangs('honorific'),
})

export const titledRef = z.object({
  _id: z.string(),
  slug: pageSlug,
  title: z.string(),
  lang: fieldLangs('title'),
})

/** Arrays of references drop dangling ones (a deleted document) instead of failing. */
export const refList = <S extends z.ZodType>(item: S) =>
  z
    .array(item.nullable().catch(null))
    .nullish()
    .transform((list) => (list ?? []).filter((v): v is NonNullable<typeof v> => v != null))

export const eventCard = z.object({
  _id: z.string(),
  slug: pageSlug,
  title: z.string(),
  subtitle: optionalText,
  summary: optionalText,
  lang: fieldLangs('title', 'subtitle', 'summary'),
  kind: optionalText,
  status: z.enum(eventStatusValues).catch('scheduled'),
  start: instant,
  end: instant,
  timeZone,
  attendanceMode: z.enum(attendanceModeValues).catch('inPerson'),
  series: titledRef.nullish().catch(null),
  organisers: refList(organisationRef),
  hasRecording: z.boolean().catch(false),
})

export type EventCard = z.infer<typeof eventCard>
export type OrganisationRef = z.infer<typeof organisationRef>
export type PersonRef = z.infer<typeof personRef>

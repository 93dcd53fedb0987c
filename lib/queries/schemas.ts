import { z } from 'zod'
import { attendanceModeValues, eventStatusValues } from '../event-options'
import { contentLanguageIds, type ContentLanguage } from '../i18n/languages'
import { isIanaTimeZone } from '../../sanity/schemaTypes/rules'

/** Zod shapes shared by several queries; `z.infer` gives the types the components use. */
export const instant = z.iso.datetime({ offset: true })
export const timeZone = z.string().refine(isIanaTimeZone).catch('UTC')
export const optionalText = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined)

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
  slug: z.string(),
  name: z.string(),
  acronym: optionalText,
  lang: fieldLangs('name', 'acronym'),
})

export const personRef = z.object({
  _id: z.string(),
  slug: z.string(),
  name: z.string(),
  honorific: optionalText,
  lang: fieldLangs('honorific'),
})

export const titledRef = z.object({
  _id: z.string(),
  slug: z.string(),
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
  slug: z.string(),
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

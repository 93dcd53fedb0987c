/**
 * Shared GROQ projections. Localised fields are read as `coalesce(field[$locale], field.en)`:
 * the visitor's language first, English as the fallback.
 */
export const t = (field: string) => `coalesce(${field}[$locale], ${field}.en)`

export const organisationRef = /* groq */ `{
  _id,
  "slug": slug.current,
  "name": ${t('name')},
  acronym
}`

export const personRef = /* groq */ `{
  _id,
  "slug": slug.current,
  name,
  honorific
}`

export const seriesRef = /* groq */ `{
  _id,
  "slug": slug.current,
  "title": ${t('title')}
}`

export const topicRef = /* groq */ `{
  _id,
  "slug": slug.current,
  "title": ${t('title')}
}`

export const imageFields = /* groq */ `{
  "alt": ${t('alt')},
  hotspot,
  crop,
  "asset": asset->{ _id, "width": metadata.dimensions.width, "height": metadata.dimensions.height }
}`

export const eventCard = /* groq */ `{
  _id,
  "slug": slug.current,
  "title": ${t('title')},
  "subtitle": ${t('subtitle')},
  "summary": ${t('summary')},
  kind,
  status,
  start,
  end,
  timeZone,
  attendanceMode,
  "series": series->${seriesRef},
  "organisers": organisers[]->${organisationRef},
  "hasRecording": defined(recording.url)
}`

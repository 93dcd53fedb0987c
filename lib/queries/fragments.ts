/**
 * Shared GROQ projections. Localised fields are read as `coalesce(field[$locale], field.en)`:
 * the visitor's language first, English as the fallback. Where a visitor reads the text,
 * `langs(...)` also returns the language each field was read in, so a page marks an English
 * fallback as such instead of guessing.
 */
export const t = (field: string) => `coalesce(${field}[$locale], ${field}.en)`

export const languageOf = (field: string) =>
  `select(defined(${field}[$locale]) => $locale, defined(${field}.en) => "en")`

/** `"lang": { "title": "fr", "summary": "en" }`: the language of each field, null if empty. */
export const langs = (...fields: string[]) =>
  `"lang": { ${fields.map((field) => `"${field}": ${languageOf(field)}`).join(', ')} }`

export const organisationRef = /* groq */ `{
  _id,
  "slug": slug.current,
  "name": ${t('name')},
  "acronym": ${t('acronym')},
  ${langs('name', 'acronym')}
}`

export const personRef = /* groq */ `{
  _id,
  "slug": slug.current,
  name,
  "honorific": ${t('honorific')},
  ${langs('honorific')}
}`

export const seriesRef = /* groq */ `{
  _id,
  "slug": slug.current,
  "title": ${t('title')},
  ${langs('title')}
}`

export const topicRef = /* groq */ `{
  _id,
  "slug": slug.current,
  "title": ${t('title')},
  ${langs('title')}
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
  ${langs('title', 'subtitle', 'summary')},
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

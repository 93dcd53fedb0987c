/**
 * Field paths in the form Sanity uses: `title.en`, `appearances[0].role`,
 * `appearances[_key=="a1"].role`.
 */
export type Segment = string | number | { _key: string }
export type FieldPath = Segment[]

export class EditError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EditError'
  }
}

const segmentPattern = /(?:^|\.)([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[_key\s*==\s*(["'])(.*?)\3\]/y

export function parsePath(text: string): FieldPath {
  const segments: FieldPath = []
  segmentPattern.lastIndex = 0
  while (segmentPattern.lastIndex < text.length) {
    const start = segmentPattern.lastIndex
    const match = segmentPattern.exec(text)
    if (!match || (start === 0 && match[0].startsWith('.'))) {
      throw new EditError(`"${text}" is not a field path (at character ${start + 1})`)
    }
    const [, name, index, , key] = match
    if (name !== undefined) segments.push(name)
    else if (index !== undefined) segments.push(Number(index))
    else segments.push({ _key: key ?? '' })
  }
  if (typeof segments[0] !== 'string') throw new EditError(`"${text}" must start with a field name`)
  return segments
}

export function formatPath(path: FieldPath): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`
      if (typeof segment === 'string') return i === 0 ? segment : `.${segment}`
      return `[_key=="${segment._key}"]`
    })
    .join('')
}

import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Fonts for the social images, read from the @fontsource packages the project installs.
 * Satori reads TrueType, OpenType and WOFF, not WOFF2, and draws only the fonts it is given:
 * a character none of them has is fetched from Google Fonts at render time by next/og, or
 * drawn as an empty box when that fails. So every character a card draws must be covered
 * here, and a card loads only the subsets its text needs (Noto Sans SC comes in about a
 * hundred of 40–60 KB each; a title needs a handful).
 */

export type FontWeight = 400 | 700

/** One @font-face of a package: a subset file and the code points it covers. */
export type FontFace = {
  /** The name Satori knows it by; one per subset, since Satori does not fall back from one
   *  font to another of the same name and weight. */
  name: string
  weight: FontWeight
  /** The .woff file, relative to the package. */
  file: string
  ranges: (readonly [number, number])[]
}

export type SatoriFont = {
  name: string
  data: Buffer
  weight: FontWeight
  style: 'normal'
}

/** The families a card is drawn in, in the order a character is looked up. */
const families = [
  // Latin, Cyrillic and Greek for every locale, so a title that fell back to English, a
  // Latin acronym or a number is drawn in the same face on a Chinese card.
  { package: 'noto-sans', family: 'Noto Sans', first: 'latin' },
  { package: 'noto-sans-sc', family: 'Noto Sans SC', first: undefined },
] as const

const weights: FontWeight[] = [400, 700]

/** "U+0000-00FF,U+0131,U+1F1E6-1F1FF" as inclusive code point ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [from = '', to = from] = part.split('-')
      // A range written with wildcards ("U+4??") spans every value of the hidden digits.
      const start = Number.parseInt(from.replaceAll('?', '0'), 16)
      const end = Number.parseInt(to.replaceAll('?', 'F'), 16)
      return [start, end] as [number, number]
    })
    .filter(([start, end]) => Number.isFinite(start) && Number.isFinite(end) && start <= end)
}

/**
 * The @font-face rules of a Fontsource stylesheet (e.g. 400.css): one per subset, each with
 * a WOFF2 and a WOFF file and its unicode-range. `/* noto-sans-sc-[97]-400-normal *\/`
 * comments are ignored; the subset is read from the file name.
 */
export function parseFontFaces(css: string, family: string): FontFace[] {
  const faces: FontFace[] = []
  for (const [, body = ''] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const file = /url\(\.\/(files\/[^)]+\.woff)\)\s*format\(['"]woff['"]\)/.exec(body)?.[1]
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1]
    const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1])
    if (!file || !range || (weight !== 400 && weight !== 700)) continue
    const subset = /-([^-]+(?:-ext)?)-\d+-normal\.woff$/.exec(file)?.[1] ?? file
    faces.push({ name: `${family} ${subset}`, weight, file, ranges: parseUnicodeRange(range) })
  }
  return faces
}

function packageDir(name: string): string {
  // Resolved at run time, as the dataset is: the bundler would otherwise try to trace (and
  // warn about) a computed path into node_modules.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'node_modules/@fontsource', name)
}

let loaded: FontFace[] | undefined

/**
 * Every face of every family and weight, in look-up order: Noto Sans's Latin subset first
 * (the one nearly every card needs), then its others, then Noto Sans SC. Read once. Reads
 * are synchronous, as the dataset's are: an image route that awaits a file read can be taken
 * for one waiting on request data while it is prerendered, and after the first card
 * everything comes from memory.
 */
export function fontFaces(): FontFace[] {
  loaded ??= families.flatMap((entry) =>
    weights.flatMap((weight) => {
      const dir = packageDir(entry.package)
      const css = readFileSync(path.join(dir, `${weight}.css`), 'utf8')
      const faces = parseFontFaces(css, entry.family).map((face) => ({
        ...face,
        file: path.join(dir, face.file),
      }))
      const first = faces.filter((face) => face.name === `${entry.family} ${entry.first}`)
      return [...first, ...faces.filter((face) => !first.includes(face))]
    }),
  )
  return loaded
}

export function covers(face: FontFace, codePoint: number): boolean {
  return face.ranges.some(([start, end]) => codePoint >= start && codePoint <= end)
}

/** Code points a card never needs a glyph for: line breaks and other controls. */
const ignored = /[\p{Cc}]/u

/**
 * The faces of one weight that draw `text`, in look-up order: for each character the first
 * face that covers it, unless a face already chosen does. `missing` lists the characters
 * none covers.
 */
export function selectFaces(
  faces: readonly FontFace[],
  text: string,
  weight: FontWeight,
): { faces: FontFace[]; missing: string[] } {
  const candidates = faces.filter((face) => face.weight === weight)
  const chosen: FontFace[] = []
  const missing = new Set<string>()
  for (const char of new Set(text)) {
    if (ignored.test(char)) continue
    const codePoint = char.codePointAt(0) ?? 0
    if (chosen.some((face) => covers(face, codePoint))) continue
    const face = candidates.find((candidate) => covers(candidate, codePoint))
    if (face) chosen.push(face)
    else missing.add(char)
  }
  chosen.sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b))
  return { faces: chosen, missing: [...missing] }
}

const buffers = new Map<string, Buffer>()

function fontFile(file: string): Buffer {
  let found = buffers.get(file)
  if (!found) {
    found = readFileSync(file)
    buffers.set(file, found)
  }
  return found
}

/** A piece of a card's text and the weight it is drawn in. */
export type TextRun = { text: string; weight: FontWeight }

/**
 * The fonts for a card whose text is `runs`, and the font-family list that makes Satori
 * look them up in the same order the selection did (so Latin letters come from Noto Sans,
 * not from the Latin glyphs Noto Sans SC's subsets also carry). Files are read once per
 * process and kept in memory.
 */
export function cardFonts(runs: readonly TextRun[]): { fonts: SatoriFont[]; fontFamily: string } {
  const faces = fontFaces()
  const byWeight = weights.map((weight) => {
    const text = runs
      .filter((run) => run.weight === weight)
      .map((run) => run.text)
      .join('')
    return selectFaces(faces, text, weight).faces
  })
  const selected = byWeight.flat()
  const fonts = selected.map((face) => ({
    name: face.name,
    data: fontFile(face.file),
    weight: face.weight,
    style: 'normal' as const,
  }))
  const names = [...new Set(faces.map((face) => face.name))].filter((name) =>
    selected.some((face) => face.name === name),
  )
  return { fonts, fontFamily: names.map((name) => `"${name}"`).join(', ') }
}

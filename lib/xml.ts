/**
 * The one way the site writes XML (feeds, sitemap): every text and attribute value goes
 * through `escapeXml`, so no editor text can end an element, open a CDATA section or put a
 * character into the file that XML 1.0 forbids.
 */

/** What XML 1.0 allows (the Char production): anything else cannot even be a reference. */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

export function xmlChars(text: string): string {
  return text.replace(notXml, '')
}

/** Text for element content and double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  return xmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/**
 * Plain text as HTML that shows it literally, for the fields feed readers render as HTML
 * (RSS `description`, Atom `type="html"`): `<b>` in a title stays the four characters.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Paragraphs of plain text as HTML, each shown literally. */
export function htmlParagraphs(paragraphs: string[]): string {
  return paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('')
}

export type XmlAttributes = Record<string, string | undefined>

function attributes(values: XmlAttributes): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('')
}

/** `<name …>text</name>`, the text escaped. */
export function textElement(name: string, text: string, attrs: XmlAttributes = {}): string {
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`
}

/** `<name …/>` */
export function emptyElement(name: string, attrs: XmlAttributes): string {
  return `<${name}${attributes(attrs)}/>`
}

/** `<name …>children</name>`, the children being elements built with these functions. */
export function parentElement(name: string, attrs: XmlAttributes, children: string[]): string {
  return `<${name}${attributes(attrs)}>${children.join('')}</${name}>`
}

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>\n'

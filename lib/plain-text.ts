/**
 * Editor text as machine-readable files may carry it. Line breaks are normalised to LF
 * (a lone CR ends a line in iCalendar readers, which would let a title start a property of
 * its own); every other control character, lone surrogates and the non-characters U+FFFE
 * and U+FFFF are removed. Tabs stay.
 */
const unwanted = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cs}/gu

export function plainText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(unwanted, '')
}

/** A field that is one line (a title, a place): line breaks become single spaces. */
export function oneLine(text: string): string {
  return plainText(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim()
}

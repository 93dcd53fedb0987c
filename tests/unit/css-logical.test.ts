import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Arabic pages are `<html dir="rtl">`, and the layout mirrors itself only if no rule names a
 * physical side: margin-inline-start, not margin-left; inset-inline-end, not right;
 * text-align: start, not left; border-start-end-radius, not border-top-right-radius. The
 * block axis is written the same way (margin-block-start, not margin-top), so the rule has
 * no exceptions to remember. Rules that stay physical on purpose go in `allowed`, each with
 * its reason (docs/public-site.md, "Right to left").
 */
type Allowed = { file: string; selector: string; declaration: string; reason: string }

const allowed: Allowed[] = [
  // { file: 'app/[locale]/globals.css', selector: '.example', declaration: 'left: 0',
  //   reason: 'why this rule must not mirror' },
]

type Declaration = { selector: string; property: string; value: string; line: number }
type Finding = Declaration & { why: string }

/** Every declaration in a stylesheet, with the rule (and at-rules) it sits in. */
function declarations(css: string): Declaration[] {
  const found: Declaration[] = []
  const stack: string[] = []
  let buffer = ''
  let start = 0
  let depth = 0 // parentheses: a `;` inside url(…) ends nothing
  const lineAt = (offset: number) => css.slice(0, offset).split('\n').length
  const flush = () => {
    const text = buffer.trim()
    const colon = text.indexOf(':')
    if (text && colon > 0 && !text.startsWith('@')) {
      found.push({
        selector: stack.join(' › '),
        property: text.slice(0, colon).trim().toLowerCase(),
        value: text.slice(colon + 1).trim(),
        line: lineAt(start + buffer.search(/\S/)),
      })
    }
    buffer = ''
  }
  for (let i = 0; i < css.length; i++) {
    const char = css[i]!
    if (buffer === '') start = i
    if (char === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2)
      i = end === -1 ? css.length : end + 1
      if (buffer.trim() === '') buffer = ''
      continue
    }
    if (char === '"' || char === "'") {
      let j = i + 1
      while (j < css.length && css[j] !== char) j += css[j] === '\\' ? 2 : 1
      buffer += css.slice(i, j + 1)
      i = j
      continue
    }
    if (char === '(') depth++
    if (char === ')') depth = Math.max(0, depth - 1)
    if (depth > 0) {
      buffer += char
    } else if (char === '{') {
      stack.push(buffer.trim().replace(/\s+/g, ' '))
      buffer = ''
    } else if (char === ';') {
      flush()
    } else if (char === '}') {
      flush()
      stack.pop()
    } else {
      buffer += char
    }
  }
  return found
}

const side = /(^|-)(left|right|top|bottom)(-|$)/
const sideKeyword = /(?<![\w-])(left|right)(?![\w-])/i
const fourSides = new Set([
  'margin',
  'padding',
  'inset',
  'scroll-margin',
  'scroll-padding',
  'border-width',
  'border-style',
  'border-color',
])
const positions = new Set([
  'background-position',
  'background-position-x',
  'mask-position',
  'object-position',
  'transform-origin',
  'perspective-origin',
])
const zero = /^-?0(\.0+)?([a-z%]+)?$/i

/** Splits on spaces (or on `separator`) outside parentheses. */
function split(value: string, separator = ' '): string[] {
  const parts: string[] = []
  let depth = 0
  let part = ''
  for (const char of value) {
    if (char === '(') depth++
    if (char === ')') depth--
    if (depth === 0 && (separator === ' ' ? /\s/.test(char) : char === separator)) {
      if (part.trim()) parts.push(part.trim())
      part = ''
    } else part += char
  }
  if (part.trim()) parts.push(part.trim())
  return parts
}

/** What makes a declaration name a physical side, or an empty string. */
function physical({ property, value }: Declaration): string {
  const name = property.replace(/^-(webkit|moz|ms)-/, '')
  const bare = value
    .replace(/!important$/i, '')
    .replace(/(["'])(?:\\.|(?!\1).)*\1/g, '""')
    .replace(/url\([^)]*\)/gi, 'url()')
    .trim()
  if (!name.startsWith('--') && side.test(name)) return `${property} names a side`
  if (sideKeyword.test(bare)) return `the value names a side (${sideKeyword.exec(bare)?.[1]})`
  if (fourSides.has(name)) {
    const [, right, , left] = split(bare)
    if (left !== undefined && left !== right) return 'the right and left values differ'
  }
  if (name === 'border-radius') {
    for (const half of bare.split('/')) {
      const [a, b = a, c = a, d = b] = split(half)
      if (a !== b || c !== d) return 'the corners on the left and right differ'
    }
  }
  if (positions.has(name)) {
    for (const layer of split(bare, ',')) {
      const [first = 'center', second] = split(layer)
      const x = /^(top|bottom)$/.test(first) ? (second ?? 'center') : first
      if (!/^(center|50%)$/.test(x)) return `the horizontal position ${x} is physical`
    }
  }
  if (name === 'box-shadow' || name === 'text-shadow') {
    for (const layer of split(bare, ',')) {
      const x = split(layer).find((token) => /^-?(\d|\.\d)/.test(token))
      if (x && !zero.test(x)) return `the shadow's horizontal offset ${x} is physical`
    }
  }
  const translate =
    name === 'translate' ? split(bare)[0] : /translate(?:x|3d)?\(\s*([^,)\s]+)/i.exec(bare)?.[1]
  if (translate && !zero.test(translate)) return `the horizontal translation ${translate}`
  return ''
}

function findings(css: string): Finding[] {
  return declarations(css)
    .map((declaration) => ({ ...declaration, why: physical(declaration) }))
    .filter((finding) => finding.why)
}

const skipped = new Set([
  'node_modules',
  'out',
  'coverage',
  'test-results',
  'playwright-report',
  'dist',
  'bench-results',
])

function stylesheets(dir = '.'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name.startsWith('.') || skipped.has(entry.name) ? [] : stylesheets(file)
    }
    return entry.isFile() && entry.name.endsWith('.css') ? [file.split(path.sep).join('/')] : []
  })
}

const isAllowed = (file: string, finding: Finding) => (entry: Allowed) =>
  entry.file === file &&
  entry.selector === finding.selector &&
  entry.declaration === `${finding.property}: ${finding.value}`

describe('stylesheets name no physical side', () => {
  const files = stylesheets()

  it('reads the site, event page, preview and Studio stylesheets', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'app/[locale]/globals.css',
        'app/[locale]/events/[slug]/event-page.css',
        'components/preview/preview-banner.module.css',
        'components/studio/connect-project.module.css',
      ]),
    )
  })

  it('uses logical properties and values everywhere but the allowed rules', () => {
    const problems = files.flatMap((file) =>
      findings(readFileSync(file, 'utf8'))
        .filter((finding) => !allowed.some(isAllowed(file, finding)))
        .map((f) => `${file}:${f.line} ${f.selector} { ${f.property}: ${f.value} }: ${f.why}`),
    )
    expect(problems).toEqual([])
  })

  it('allows only rules that are still there, each with a reason', () => {
    for (const entry of allowed) {
      expect(entry.reason.trim(), `${entry.file} ${entry.selector}`).not.toBe('')
      const present = files.includes(entry.file)
        ? findings(readFileSync(entry.file, 'utf8')).some((f) => isAllowed(entry.file, f)(entry))
        : false
      expect(present, `${entry.file} ${entry.selector} { ${entry.declaration} }`).toBe(true)
    }
  })

  it('keeps Arabic free of letter spacing and case changes, whatever a later rule sets', () => {
    const reset = declarations(readFileSync('app/[locale]/globals.css', 'utf8')).filter((d) =>
      d.selector.split(',').some((part) => part.trim() === ':lang(ar)'),
    )
    expect(reset).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ property: 'letter-spacing', value: 'normal !important' }),
        expect.objectContaining({ property: 'text-transform', value: 'none !important' }),
      ]),
    )
  })
})

describe('the check itself', () => {
  it('finds each kind of physical side', () => {
    const css = `
      /* margin-left: 1rem in a comment is not a rule */
      .a { margin-left: 1rem; padding-right: 0; border-left: 3px solid; }
      .b { left: 0; right: auto; top: 0; margin-bottom: 1rem; border-top-right-radius: 4px; }
      .c { text-align: left; float: right; clear: left; }
      @media print { .d { background: url("x;y.png"); background-position: right 1rem top; } }
      .e { margin: 0 1rem 0 2rem; border-radius: 6px 0 0 6px; transform: translateX(-50%); }
      .f { box-shadow: 2px 0 4px #000; transform-origin: 0 0; }
      .g { background-image: linear-gradient(to right, #fff, #000); }
    `
    expect(findings(css).map((f) => `${f.line} ${f.selector} ${f.property}`)).toEqual([
      '3 .a margin-left',
      '3 .a padding-right',
      '3 .a border-left',
      '4 .b left',
      '4 .b right',
      '4 .b top',
      '4 .b margin-bottom',
      '4 .b border-top-right-radius',
      '5 .c text-align',
      '5 .c float',
      '5 .c clear',
      '6 @media print › .d background-position',
      '7 .e margin',
      '7 .e border-radius',
      '7 .e transform',
      '8 .f box-shadow',
      '8 .f transform-origin',
      '9 .g background-image',
    ])
  })

  it('passes logical properties and values that are the same both ways', () => {
    const css = `
      .pull-left, [dir='rtl'] .right-arrow { transform: scaleX(-1); }
      .a { margin-inline-start: 1rem; padding-inline: 0 1rem; inset-inline-end: 0; }
      .b { inset-block-start: -3rem; border-block-end: 1px solid; text-align: start; }
      .c { margin: 0 auto; padding: 1rem 2rem 0.5rem 2rem; border-radius: 6px 6px 0 0; }
      .d { border-start-end-radius: 4px; vertical-align: top; content: ' left (' attr(href) ')'; }
      .e { background-position: center top; box-shadow: 0 1px 2px #000; translate: 0 -2px; }
      .f { background: url(arrow-left.svg); --gutter-left: 1rem; float: inline-start; }
    `
    expect(findings(css)).toEqual([])
  })
})

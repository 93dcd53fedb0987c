/**
 * Reads a Content-Security-Policy or Permissions-Policy header as a browser would, strictly:
 * a directive named twice, an empty directive or a malformed entry is an error here rather
 * than something a browser would quietly ignore.
 */
export function parseContentSecurityPolicy(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (!name) throw new Error(`Empty directive in ${JSON.stringify(header)}`)
    if (!/^[a-z-]+$/.test(name)) throw new Error(`Not a directive name: ${name}`)
    if (directives.has(name)) throw new Error(`Directive ${name} given twice`)
    for (const source of sources) {
      if (
        !/^('[a-z0-9-]+'|[a-z][a-z0-9+.-]*:(\/\/[a-z0-9.*-]+(:\d+)?)?|[a-z0-9.*-]+)$/.test(source)
      )
        throw new Error(`Not a source expression in ${name}: ${source}`)
    }
    directives.set(name, sources)
  }
  return directives
}

/** `feature=(allowlist), …` as feature → allowlist; `=()` is an empty list. */
export function parsePermissionsPolicy(header: string): Map<string, string[]> {
  const features = new Map<string, string[]>()
  for (const part of header.split(',')) {
    const match = /^\s*([a-z-]+)=\(([^)]*)\)\s*$/.exec(part)
    if (!match?.[1]) throw new Error(`Not a Permissions-Policy entry: ${JSON.stringify(part)}`)
    if (features.has(match[1])) throw new Error(`Feature ${match[1]} given twice`)
    features.set(match[1], match[2]?.trim() ? match[2].trim().split(/\s+/) : [])
  }
  return features
}

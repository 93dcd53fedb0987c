import { GroqSyntaxError } from 'groq-js'

/** A query that cannot be parsed; `position` is the offset of the problem when known. */
export class QueryParseError extends Error {
  constructor(
    message: string,
    readonly position?: number,
  ) {
    super(message)
    this.name = 'QueryParseError'
  }

  static from(error: unknown): QueryParseError {
    if (error instanceof GroqSyntaxError) return new QueryParseError(error.message, error.position)
    return new QueryParseError(error instanceof Error ? error.message : String(error))
  }
}

export class MissingParameterError extends QueryParseError {
  readonly names: string[]

  constructor(names: string[], query = '') {
    const first = query.search(new RegExp(`\\$${names[0] ?? ''}(?![A-Za-z0-9_])`))
    super(
      `Missing query parameter(s): ${names.map((n) => `$${n}`).join(', ')}`,
      first === -1 ? undefined : first,
    )
    this.name = 'MissingParameterError'
    this.names = names
  }
}

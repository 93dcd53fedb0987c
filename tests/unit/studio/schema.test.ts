import { groupProblems, validateSchema } from '@sanity/schema/_internal'
import { describe, expect, it } from 'vitest'
import { schemaTypes } from '@/sanity/schemaTypes'

/** Sanity's own schema checks, as `sanity schema validate` runs them: no errors, no warnings. */
function problemsOf(types: unknown[]) {
  return groupProblems(validateSchema(types).getTypes()).flatMap((group) =>
    group.problems.map((problem) => ({
      where: group.path.map((segment) => segment.name).join(' > '),
      severity: problem.severity,
      message: problem.message,
    })),
  )
}

describe('schema', () => {
  it('has no errors and no warnings', () => {
    expect(problemsOf(schemaTypes)).toEqual([])
  })

  it('would report a mistake (the check itself works)', () => {
    const broken = [
      ...schemaTypes,
      { name: 'broken', type: 'document', fields: [{ name: 'x', type: 'strin' }] },
    ]
    expect(problemsOf(broken)).toEqual([
      expect.objectContaining({ severity: 'error', where: expect.stringContaining('broken') }),
    ])
  })
})

import { z } from 'zod'

/**
 * zod compiles object schemas with `new Function` once it has probed, as each schema is
 * created, that eval works. The Studio's Content-Security-Policy forbids eval, and the probe
 * alone is reported as a violation (docs/security.md), so the Studio imports this before any
 * module that creates a schema. The server keeps the compiled parsers.
 */
z.config({ jitless: true })

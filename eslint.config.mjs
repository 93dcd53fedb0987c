import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

// The embedded GROQ engine is used through its index only (lib/content/local/index.ts).
const engineBoundary = {
  group: ['@/lib/content/local/*', '**/content/local/*', './local/*', '../local/*'],
  message: 'Import the local engine from its index (lib/content/local), not its inner files.',
}

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**'] },
  { rules: { 'no-restricted-imports': ['error', { patterns: [engineBoundary] }] } },
  { files: ['lib/content/local/**'], rules: { 'no-restricted-imports': 'off' } },
]

export default config

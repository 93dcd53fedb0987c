import path from 'node:path'

/** Settings shared by the e2e server and the tests that talk to it. */
const port = Number(process.env.E2E_PORT ?? 3100)

export const e2e = {
  port,
  baseURL: `http://127.0.0.1:${port}`,
  datasetDir: path.resolve('.tmp/e2e-dataset'),
  /** Everything the server prints, for tests that check what it logged. */
  serverLog: path.resolve('.tmp/e2e-server.log'),
  revalidateSecret: 'e2e-revalidate-secret',
  previewSecret: 'e2e-preview-secret-with-enough-entropy',
  /** A preview link id the server treats as withdrawn (PREVIEW_REVOKED_IDS). */
  previewRevokedId: 'e2e-revoked-link',
}

import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { unpackDataset } from './content/archive'
import { runScript } from './content/main'
import { exportName, runSanity } from './content/sanity-cli'
import { contentTarget } from './content/target'

/**
 * `npm run content:export [folder]`: exports the configured project's dataset, drafts
 * included, and unpacks it into sanity/seed (or the folder given) in export format.
 */
runScript(async () => {
  const target = contentTarget(process.env, ['SANITY_API_READ_TOKEN', 'SANITY_API_WRITE_TOKEN'])
  const destination = path.resolve(process.argv[2] ?? 'sanity/seed')
  const file = path.resolve('.tmp', 'content', `${exportName(target.dataset)}.tar.gz`)
  mkdirSync(path.dirname(file), { recursive: true })
  const code = await runSanity(
    ['dataset', 'export', target.dataset, file, '--project-id', target.projectId, '--overwrite'],
    target.token ? { SANITY_AUTH_TOKEN: target.token } : {},
  )
  if (code !== 0) return code
  await unpackDataset(file, destination)
  console.log(`Unpacked dataset "${target.dataset}" into ${destination}`)
  return 0
})

import path from 'node:path'
import { packDataset } from './content/archive'
import { runScript } from './content/main'
import { exportName, runSanity } from './content/sanity-cli'
import { contentTarget } from './content/target'

/**
 * `npm run content:import [folder]`: sends the bundled dataset (or another folder in export
 * format) to the configured Sanity project, replacing documents with the same ids.
 */
runScript(async () => {
  const target = contentTarget(process.env, ['SANITY_API_WRITE_TOKEN'])
  const source = path.resolve(process.argv[2] ?? 'sanity/seed')
  const name = exportName(target.dataset)
  const file = path.resolve('.tmp', 'content', `${name}.tar.gz`)
  await packDataset(source, file, name)
  console.log(`Packed ${path.relative(process.cwd(), source)} into ${file}`)
  if (!target.token) {
    console.log(
      'SANITY_API_WRITE_TOKEN is not set: the Sanity CLI uses your `sanity login` session.',
    )
  }
  return runSanity(
    [
      'dataset',
      'import',
      file,
      '--dataset',
      target.dataset,
      '--project-id',
      target.projectId,
      '--replace',
    ],
    target.token ? { SANITY_IMPORT_TOKEN: target.token } : {},
  )
})

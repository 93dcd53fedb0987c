import { siteUrl } from '@/lib/env'
import { defaultLocale } from '@/lib/i18n/config'
import { getMessages } from '@/lib/i18n/messages'
import styles from './connect-project.module.css'

type Variable = keyof ReturnType<typeof getMessages>['studioSetup']['variables']

const variables: { name: Variable; required: boolean }[] = [
  { name: 'NEXT_PUBLIC_SANITY_PROJECT_ID', required: true },
  { name: 'NEXT_PUBLIC_SANITY_DATASET', required: false },
  { name: 'SANITY_API_READ_TOKEN', required: true },
  { name: 'SANITY_REVALIDATE_SECRET', required: true },
  { name: 'NEXT_PUBLIC_SITE_URL', required: true },
]

/** Shown at /studio while no Sanity project is configured: what to do, step by step. */
export function ConnectProject() {
  const text = getMessages(defaultLocale).studioSetup
  return (
    <main className={styles.page}>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <h2>{text.stepsTitle}</h2>
      <ol className={styles.steps}>
        <li>{text.stepProject}</li>
        <li>
          {text.stepCors} <code>{siteUrl}</code>
        </li>
        <li>
          {text.stepEnv}
          <table className={styles.table}>
            <caption>{text.variablesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.variable}</th>
                <th scope="col">{text.purpose}</th>
              </tr>
            </thead>
            <tbody>
              {variables.map(({ name, required }) => (
                <tr key={name}>
                  <th scope="row">
                    <code>{name}</code> <span>({required ? text.required : text.optional})</span>
                  </th>
                  <td>{text.variables[name]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
        <li>
          {text.stepBuild} <code>npm run build &amp;&amp; npm start</code>
        </li>
        <li>{text.stepImport}</li>
      </ol>
      <p>{text.docs}</p>
      <p>
        <a href={`/${defaultLocale}`}>{text.backToSite}</a>
      </p>
    </main>
  )
}

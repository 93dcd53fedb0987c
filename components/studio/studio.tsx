import { preloadModule } from 'react-dom'
import { LazyStudio } from './lazy-studio.client'

/** Sanity's dashboard bridge, loaded the way next-sanity's NextStudio loads it. */
const bridgeScript = 'https://core.sanity-cdn.com/bridge.js'

export function Studio() {
  preloadModule(bridgeScript, { as: 'script' })
  return (
    <>
      <script src={bridgeScript} async type="module" data-sanity-core />
      <LazyStudio />
    </>
  )
}

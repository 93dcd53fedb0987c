/**
 * Writes the proxy's matcher, which Next.js reads as a literal, from the list table
 * (lib/listing/table.ts) into the tail of proxy.ts. Run it after editing the table.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { generatedMarker, renderProxyConfig } from '../lib/proxy/matcher'

const file = path.join(__dirname, '..', 'proxy.ts')
const source = readFileSync(file, 'utf8')
const at = source.indexOf(generatedMarker)
const head = at === -1 ? `${source.trimEnd()}\n\n` : source.slice(0, at)
const next = head + renderProxyConfig()
if (next === source) {
  console.log('proxy.ts is up to date')
} else {
  writeFileSync(file, next)
  console.log('proxy.ts: matcher written')
}

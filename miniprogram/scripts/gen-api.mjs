// Types of the /mall/v1 contract, generated from the server's OpenAPI document.
//   node scripts/gen-api.mjs [URL]          write src/api/schema.d.ts
//   node scripts/gen-api.mjs --check [URL]  exit 1 when the file differs from what URL gives
// URL defaults to $MALL_API_URL, else http://127.0.0.1:8069/mall/v1/openapi.json.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const TARGET = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url))
const args = process.argv.slice(2)
const check = args.includes('--check')
const url =
  args.find((a) => !a.startsWith('--')) ||
  process.env.MALL_API_URL ||
  'http://127.0.0.1:8069/mall/v1/openapi.json'

const HEADER = `/**
 * Generated from the suite's /mall/v1/openapi.json by scripts/gen-api.mjs
 * (openapi-typescript). Do not edit: run \`npm run gen:api\` against a running
 * server with every suite addon. scripts/test fails when this file differs
 * from the test server's document.
 */

`

export async function generate(source) {
  const response = await fetch(source)
  if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`)
  const doc = await response.json()
  const ast = await openapiTS(doc, { alphabetize: true })
  return HEADER + astToString(ast)
}

const text = await generate(url)
if (check) {
  let current = ''
  try {
    current = readFileSync(TARGET, 'utf8')
  } catch {
    // missing: differs
  }
  if (current !== text) {
    const a = current.split('\n')
    const b = text.split('\n')
    let line = 0
    while (line < Math.max(a.length, b.length) && a[line] === b[line]) line++
    console.error(`src/api/schema.d.ts differs from ${url} (first at line ${line + 1}):`)
    console.error(`  file:   ${a[line] ?? '<end>'}`)
    console.error(`  server: ${b[line] ?? '<end>'}`)
    console.error('run `npm run gen:api` against a server with every suite addon and commit the result')
    process.exit(1)
  }
  console.log(`src/api/schema.d.ts matches ${url}`)
} else {
  writeFileSync(TARGET, text)
  console.log(`wrote src/api/schema.d.ts from ${url}`)
}

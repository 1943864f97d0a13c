// Checks of the WeChat target (run after `npm run build:mp-weixin`):
//  1. dist/build/mp-weixin/app.json lists every page of src/pages.json (and
//     the tab bar's), and each page has its .js/.json/.wxml/.wxss;
//  2. no H5-only API (window, document, fetch, FileReader, localStorage, …)
//     and no HTML-only tag in the sources outside `#ifdef H5` /
//     `#ifndef MP-WEIXIN` blocks (uni-app's conditional compilation);
//  3. none of those APIs in the compiled pages, components and libraries of
//     the build (the framework's common/ vendor code is not ours).
// Exit 1 with one line per problem.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { H5_APIS, h5OnlyUses } from './wechat-target.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SRC = join(ROOT, 'src')
const BUILD = process.argv[2] || join(ROOT, 'dist', 'build', 'mp-weixin')
const problems = []

function walk(dir, filter) {
  const out = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...walk(path, filter))
    else if (filter(path)) out.push(path)
  }
  return out
}

// 1. pages
const pagesJson = JSON.parse(readFileSync(join(SRC, 'pages.json'), 'utf8'))
const wanted = pagesJson.pages.map((p) => p.path)
const appJsonPath = join(BUILD, 'app.json')
if (!existsSync(appJsonPath)) {
  problems.push(`${appJsonPath} is missing: run npm run build:mp-weixin`)
} else {
  const app = JSON.parse(readFileSync(appJsonPath, 'utf8'))
  for (const page of wanted) {
    if (!app.pages.includes(page)) problems.push(`app.json does not list ${page}`)
    for (const ext of ['js', 'json', 'wxml', 'wxss']) {
      if (!existsSync(join(BUILD, `${page}.${ext}`))) problems.push(`the build has no ${page}.${ext}`)
    }
  }
  for (const page of app.pages) if (!wanted.includes(page)) problems.push(`app.json lists ${page}, not in pages.json`)
  const tabs = (app.tabBar?.list || []).map((t) => t.pagePath)
  const wantedTabs = (pagesJson.tabBar?.list || []).map((t) => t.pagePath)
  if (JSON.stringify(tabs) !== JSON.stringify(wantedTabs)) problems.push(`app.json tab bar ${tabs} ≠ ${wantedTabs}`)
  for (const page of tabs) if (!app.pages.includes(page)) problems.push(`tab page ${page} is not a page`)
}

// 2. sources
for (const file of walk(SRC, (p) => /\.(ts|vue)$/.test(p) && !p.endsWith('.d.ts'))) {
  for (const [line, name] of h5OnlyUses(readFileSync(file, 'utf8'), file.endsWith('.vue'))) {
    problems.push(`${relative(ROOT, file)}:${line}: ${name} outside an #ifdef H5 block`)
  }
}

// 3. the compiled code of our pages
if (existsSync(BUILD)) {
  const ours = walk(BUILD, (p) => p.endsWith('.js') && !relative(BUILD, p).startsWith('common'))
  for (const file of ours) {
    const text = readFileSync(file, 'utf8')
    for (const [pattern, name] of H5_APIS) {
      if (pattern.test(text)) problems.push(`build ${relative(BUILD, file)}: uses ${name}`)
    }
  }
}

if (problems.length) {
  for (const p of problems) console.error(p)
  process.exit(1)
}
console.log(`mp-weixin: app.json lists all ${wanted.length} pages; no H5-only API on the WeChat target`)

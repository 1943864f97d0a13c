import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import uni from '@dcloudio/vite-plugin-uni'

// uni-h5's framework CSS names shadow images on DCloud's CDN (page-head
// shadows we do not use). Nothing may be fetched from a CDN at run time:
// drop those URLs from the written bundle.
const CDN = /url\(\s*['"]?https?:\/\/cdn\.dcloud\.net\.cn\/[^)'"]*['"]?\s*\)/g

function noCdn(): Plugin {
  let outDir = ''
  return {
    name: 'mall-no-cdn',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir
    },
    writeBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!/\.(css|js)$/.test(name)) continue
        const path = join(outDir, name)
        const text = readFileSync(path, 'utf8')
        if (CDN.test(text)) writeFileSync(path, text.replace(CDN, 'none'))
        CDN.lastIndex = 0
      }
    },
  }
}

// The H5 build is served by Odoo (addon mall_h5) under /mall/h5/, next to
// the API at /mall/v1 (same origin: no CORS). `manifest.json` sets the
// router base; this sets where the assets are.
export default defineConfig({
  base: process.env.UNI_PLATFORM === 'h5' ? '/mall/h5/' : '/',
  plugins: [uni(), noCdn()],
})

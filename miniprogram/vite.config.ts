import { defineConfig } from 'vite'
import uni from '@dcloudio/vite-plugin-uni'

// The H5 build is served by Odoo (addon mall_h5) under /mall/h5/, next to
// the API at /mall/v1 (same origin: no CORS). `manifest.json` sets the
// router base; this sets where the assets are.
export default defineConfig({
  base: process.env.UNI_PLATFORM === 'h5' ? '/mall/h5/' : '/',
  plugins: [uni()],
})

// What every browser journey of the shop shares: the suite's URL, JSON-RPC as
// the administrator (the operator's side of a journey), the API as the
// shopper, and phones: H5 pages of the shop in headless Chromium, each with
// its own storage (a phone is one shopper: the H5 demo logs in with an openid
// kept in the page's storage), with the helpers the journeys click with.
//
//   import { run, newPhone, call, log } from './lib.mjs'
//   await run(async () => { const phone = await newPhone(); ... })
//
// Environment: MALL_URL (http://127.0.0.1:8069), MALL_DB (mall_demo),
// MALL_SHOTS (screenshots), MALL_ADMIN_LOGIN / MALL_ADMIN_PASSWORD
// (admin/admin), CHROMIUM (/usr/bin/chromium), MALL_E2E_TIMEOUT (ms a step).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import puppeteer from 'puppeteer-core'

export const BASE = (process.env.MALL_URL || 'http://127.0.0.1:8069').replace(/\/$/, '')
export const DB = process.env.MALL_DB || 'mall_demo'
export const SHOTS = process.env.MALL_SHOTS || join(process.cwd(), 'e2e-screenshots')
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium'
export const STEP_TIMEOUT = Number(process.env.MALL_E2E_TIMEOUT || 30000)
mkdirSync(SHOTS, { recursive: true })

const started = Date.now()
export function log(message) {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`)
}

// ---------------------------------------------------------------- JSON-RPC
let cookie = ''
/** Log in as the administrator (Odoo then takes MALL_URL as web.base.url, where WeChat Pay's notify goes). */
export async function rpcLogin() {
  const response = await fetch(`${BASE}/web/session/authenticate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      jsonrpc: '2.0',
      params: { db: DB, login: process.env.MALL_ADMIN_LOGIN || 'admin', password: process.env.MALL_ADMIN_PASSWORD || 'admin' },
    }),
  })
  const body = await response.json()
  if (body.error || !body.result?.uid) throw new Error(`admin login failed: ${JSON.stringify(body.error)}`)
  cookie = (response.headers.get('set-cookie') || '').split(';')[0]
}

export async function call(model, method, args, kwargs = {}) {
  if (!cookie) await rpcLogin()
  const response = await fetch(`${BASE}/web/dataset/call_kw/${model}/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify({ jsonrpc: '2.0', params: { model, method, args, kwargs } }),
  })
  const body = await response.json()
  if (body.error) throw new Error(`${model}.${method}: ${JSON.stringify(body.error.data?.message || body.error)}`)
  return body.result
}

/** The operator ships every delivery of the order with 顺丰速运; returns the tracking number. */
export async function shipAsOperator(orderId) {
  await rpcLogin()
  const deliveries = await call('stock.picking', 'search_read', [
    [
      ['sale_id', '=', orderId],
      ['location_dest_id.usage', '=', 'customer'],
    ],
    ['name', 'state'],
  ])
  if (!deliveries.length) throw new Error(`no delivery for order ${orderId}`)
  const [carrierId] = await call('delivery.carrier', 'search', [[['mall_kuaidi100_code', '=', 'shunfeng']]], { limit: 1 })
  const number = 'SF' + Math.random().toString(36).slice(2, 12).toUpperCase().padEnd(10, '7')
  for (const delivery of deliveries) {
    await call('stock.picking', 'write', [[delivery.id], { carrier_id: carrierId, carrier_tracking_ref: number }])
    await call('stock.picking', 'action_mall_ship', [[delivery.id]])
  }
  return number
}

// ---------------------------------------------------------------- small things
/** "¥1,234.50" / "-¥5.00" → fen. */
export function fenOf(text) {
  const match = /(-?)¥\s*([\d,]+(?:\.\d+)?)/.exec(text)
  if (!match) throw new Error(`no price in ${JSON.stringify(text)}`)
  return (match[1] ? -1 : 1) * Math.round(Number(match[2].replace(/,/g, '')) * 100)
}

export async function waitUntil(what, check, timeout = STEP_TIMEOUT) {
  const end = Date.now() + timeout
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 500))
  }
}

/** GET a public route of the API (no token). */
export async function publicApi(path) {
  const response = await fetch(`${BASE}/mall/v1${path}`)
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`)
  return response.json()
}

// ---------------------------------------------------------------- browser
let browser = null
const problems = []
// the shop may reach only its own server (and the simulator's pay page): no CDN
const allowedOrigins = new Set()
let shot = 0
const phones = []

/**
 * A new phone: a page of its own in the browser; `{ stranger: true }` gives it
 * its own storage (another shopper). Its helpers are bound: destructure them.
 */
export async function newPhone({ stranger = false } = {}) {
  const context = stranger ? await browser.createBrowserContext() : browser.defaultBrowserContext()
  const page = await context.newPage()
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true })
  page.setDefaultTimeout(STEP_TIMEOUT)
  watch(page)
  const phone = phoneOf(page)
  phones.push(phone)
  return phone
}

function watch(page) {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('request', (request) => {
    const url = request.url()
    if (/^(data:|blob:)/.test(url) || url.startsWith(BASE)) return
    if ([...allowedOrigins].some((origin) => url.startsWith(origin))) return
    problems.push(`external request: ${url}`)
  })
  page.on('response', async (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      // what the API said (its error shape) and what the page sent
      const said = await response.text().catch(() => '')
      const sent = response.request().postData() || ''
      problems.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()} ${sent.slice(0, 300)} → ${said.slice(0, 300)}`)
    }
  })
}

function phoneOf(page) {
  const phone = {
    page,
    async screenshot(name) {
      shot += 1
      await new Promise((r) => setTimeout(r, 400)) // images and transitions
      const path = join(SHOTS, `${String(shot).padStart(2, '0')}-${name}.png`)
      await page.screenshot({ path })
      log(`screenshot ${path}`)
    },
    async click(selector, index = 0) {
      await page.waitForSelector(selector, { visible: true })
      // a page still filling itself in (entries shown as their data arrives)
      // moves what is below: a tap at the old place lands on another entry.
      // Tap once the page's requests are done and the target stays put.
      await page.waitForNetworkIdle({ idleTime: 250, timeout: 3000 }).catch(() => undefined)
      const handles = await page.$$(selector)
      if (!handles[index]) throw new Error(`no ${selector} #${index}`)
      let last = null
      for (let i = 0; i < 20; i++) {
        const box = await handles[index].boundingBox()
        if (box && last && box.x === last.x && box.y === last.y) break
        last = box
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      await handles[index].click()
    },
    async textOf(selector) {
      await page.waitForSelector(selector, { visible: true })
      return page.$eval(selector, (el) => el.textContent.trim())
    },
    async waitText(selector, text) {
      await page.waitForFunction(
        (sel, t) => [...document.querySelectorAll(sel)].some((el) => el.textContent.includes(t)),
        { timeout: STEP_TIMEOUT },
        selector,
        text,
      )
    },
    /** Click the `selector` whose text (or its `.name`'s) is exactly `text`. */
    async clickText(selector, text) {
      await phone.waitText(selector, text)
      for (const handle of await page.$$(selector)) {
        const own = await handle.evaluate((el) => (el.querySelector('.name') || el).textContent.trim())
        if (own === text) return handle.click()
      }
      throw new Error(`no ${selector} named ${text}`)
    },
    async type(selector, value) {
      await page.waitForSelector(`${selector} input`, { visible: true })
      await page.type(`${selector} input`, value)
      // typed faster than any thumb, Chinese characters could leave the
      // page's model at the first one (a form once sent 吉 for 吉林省): one
      // more input event with the whole value, then leave the field
      await page.$eval(`${selector} input`, (el) => {
        el.dispatchEvent(new Event('input', { bubbles: true }))
        el.blur()
      })
      // uni-app's input hands its value to the page's model at most every
      // 100 ms (the last one 100 ms after the last keystroke): a tap sooner
      // would send what the model had before
      await new Promise((resolve) => setTimeout(resolve, 250))
    },
    async tab(label) {
      for (const t of await page.$$('.uni-tabbar__item')) {
        if ((await t.evaluate((el) => el.textContent.trim())) === label) return t.click()
      }
      throw new Error(`no tab ${label}`)
    },
    async confirmModal() {
      await phone.click('.uni-modal__btn_primary')
    },
    /** A page of the shop, freshly loaded (a hash change alone may show a page kept in uni-app's stack). */
    async openPage(route) {
      await page.goto(`${BASE}/mall/h5/#/${route}`, { waitUntil: 'networkidle2' })
      await page.reload({ waitUntil: 'networkidle2' })
    },
    /** The shop's home page, logged in (the H5 demo logs in on its first call that needs it). */
    async openShop() {
      await page.goto(`${BASE}/mall/h5/`, { waitUntil: 'networkidle2' })
      await page.waitForSelector('.product-card', { visible: true })
    },
    currentQuery(name) {
      return page.evaluate((n) => new URLSearchParams(location.hash.split('?')[1] || '').get(n), name)
    },
    /** The shopper's token, as the H5 build keeps it (uni-app's storage in localStorage). */
    async token() {
      const raw = await page.evaluate(() => localStorage.getItem('mall_token'))
      if (!raw) throw new Error('the shopper is not logged in')
      try {
        const stored = JSON.parse(raw)
        return typeof stored === 'string' ? stored : stored.data
      } catch {
        return raw
      }
    },
    /** The API as this shopper: GET by default, `{ method, body }` otherwise. */
    async api(path, { method = 'GET', body } = {}) {
      const headers = { Authorization: `Bearer ${await phone.token()}` }
      if (body !== undefined) headers['Content-Type'] = 'application/json'
      const response = await fetch(`${BASE}/mall/v1${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`)
      return response.status === 204 ? null : response.json()
    },
    /**
     * On the pay page (`.pay-btn`): tap 支付, then pay the newest prepay order
     * on the WeChat simulator's page, as the shopper would in WeChat.
     */
    async payOnSimulator({ shotName = 'pay-支付' } = {}) {
      await phone.click('.pay-btn')
      await page.waitForSelector('.sim-link', { visible: true })
      if (shotName) await phone.screenshot(shotName)
      const simUrl = await page.$eval('.sim-link', (a) => a.href)
      allowedOrigins.add(new URL(simUrl).origin)
      const sim = await page.browserContext().newPage()
      watch(sim)
      await sim.goto(simUrl, { waitUntil: 'domcontentloaded' })
      await sim.waitForSelector('button')
      await sim.click('button') // the newest prepay order: ours
      await sim.waitForFunction(() => document.getElementById('msg').textContent.includes('paid'))
      await sim.close()
      log('paid on the simulator; the shop notices')
    },
  }
  return phone
}

/**
 * Run a journey: the browser up, `journey()` run, failures reported with a
 * screenshot of every phone, problems seen on the way (page errors, requests
 * off the shop, HTTP errors) printed; exits 1 on failure. The journey prints
 * `journey complete` at its end (the test looks for it).
 */
export async function run(journey) {
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--lang=zh-CN'],
  })
  let failed = false
  try {
    await journey()
    log('journey complete')
  } catch (error) {
    failed = true
    console.error(`FAILED: ${error.stack || error}`)
    for (const [i, phone] of phones.entries()) {
      try {
        const path = join(SHOTS, `failure-${i + 1}.png`)
        await phone.page.screenshot({ path })
        console.error(`phone ${i + 1} at failure: ${phone.page.url()} (${path})`)
      } catch {
        // the page is gone
      }
    }
  } finally {
    await browser.close()
  }
  for (const p of problems) console.error(p)
  if (!failed && problems.some((p) => p.startsWith('page error') || p.startsWith('external'))) failed = true
  process.exit(failed ? 1 : 0)
}

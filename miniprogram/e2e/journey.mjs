// The shopper's journey in headless Chromium on the H5 build, against a real
// suite server and the WeChat simulator: shop → 领券中心 (claim) → 我的优惠券 →
// category → product → 规格 →
// cart → checkout with a new address and the coupon applied → pay on the simulator → 待发货; the
// operator ships (JSON-RPC) → 待收货 with tracking → confirm receipt →
// apply for after-sales. Screenshots of the main pages go to $MALL_SHOTS.
//
//   MALL_URL=http://127.0.0.1:8069 MALL_DB=mall_demo node e2e/journey.mjs
//
// MALL_ADMIN_LOGIN / MALL_ADMIN_PASSWORD (admin/admin) ship the order;
// CHROMIUM (/usr/bin/chromium). Prints one line per step; exit 1 on failure.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import puppeteer from 'puppeteer-core'

const BASE = (process.env.MALL_URL || 'http://127.0.0.1:8069').replace(/\/$/, '')
const DB = process.env.MALL_DB || 'mall_demo'
const SHOTS = process.env.MALL_SHOTS || join(process.cwd(), 'e2e-screenshots')
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium'
const STEP_TIMEOUT = Number(process.env.MALL_E2E_TIMEOUT || 30000)
mkdirSync(SHOTS, { recursive: true })

const started = Date.now()
function log(message) {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`)
}

// ---------------------------------------------------------------- JSON-RPC
let cookie = ''
async function rpcLogin() {
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

async function call(model, method, args, kwargs = {}) {
  const response = await fetch(`${BASE}/web/dataset/call_kw/${model}/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify({ jsonrpc: '2.0', params: { model, method, args, kwargs } }),
  })
  const body = await response.json()
  if (body.error) throw new Error(`${model}.${method}: ${JSON.stringify(body.error.data?.message || body.error)}`)
  return body.result
}

async function shipAsOperator(orderId) {
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

// ---------------------------------------------------------------- browser
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--lang=zh-CN'],
})
const problems = []
// the shop may reach only its own server (and the simulator's pay page): no CDN
let allowedSimulator = 'http://no-simulator.invalid'
let shot = 0

async function newPhonePage() {
  const page = await browser.newPage()
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true })
  page.setDefaultTimeout(STEP_TIMEOUT)
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('request', (request) => {
    const url = request.url()
    if (!/^(data:|blob:)/.test(url) && !url.startsWith(BASE) && !url.startsWith(allowedSimulator)) {
      problems.push(`external request: ${url}`)
    }
  })
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      problems.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`)
    }
  })
  return page
}

const page = await newPhonePage()

async function screenshot(name) {
  shot += 1
  await new Promise((r) => setTimeout(r, 400)) // images and transitions
  const path = join(SHOTS, `${String(shot).padStart(2, '0')}-${name}.png`)
  await page.screenshot({ path })
  log(`screenshot ${path}`)
}

async function click(selector, index = 0) {
  await page.waitForSelector(selector, { visible: true })
  const handles = await page.$$(selector)
  if (!handles[index]) throw new Error(`no ${selector} #${index}`)
  await handles[index].click()
}

async function textOf(selector) {
  await page.waitForSelector(selector, { visible: true })
  return page.$eval(selector, (el) => el.textContent.trim())
}

async function waitText(selector, text) {
  await page.waitForFunction(
    (sel, t) => [...document.querySelectorAll(sel)].some((el) => el.textContent.includes(t)),
    { timeout: STEP_TIMEOUT },
    selector,
    text,
  )
}

/** Click the `selector` whose text (or its `.name`'s) is exactly `text`. */
async function clickText(selector, text) {
  await waitText(selector, text)
  for (const handle of await page.$$(selector)) {
    const own = await handle.evaluate((el) => (el.querySelector('.name') || el).textContent.trim())
    if (own === text) return handle.click()
  }
  throw new Error(`no ${selector} named ${text}`)
}

async function productInStock() {
  // one with several 规格 (some in stock) if there is one, else any in stock
  const get = async (path) => (await fetch(`${BASE}/mall/v1${path}`)).json()
  let fallback = null
  for (const category of (await get('/categories')).items) {
    for (const item of (await get(`/products?category_id=${category.id}&page_size=50`)).items) {
      const product = await get(`/products/${item.id}`)
      if (!product.variants.some((v) => v.stock_state === 'in_stock')) continue
      if (product.variants.length > 1 && product.variants.every((v) => v.attributes.length)) {
        return { category, product }
      }
      fallback = fallback || { category, product }
    }
  }
  if (fallback) return fallback
  throw new Error('no product is in stock')
}

async function type(selector, value) {
  await page.waitForSelector(`${selector} input`, { visible: true })
  await page.type(`${selector} input`, value)
}

async function tab(label) {
  const tabs = await page.$$('.uni-tabbar__item')
  for (const t of tabs) {
    if ((await t.evaluate((el) => el.textContent.trim())) === label) return t.click()
  }
  throw new Error(`no tab ${label}`)
}

async function confirmModal() {
  await click('.uni-modal__btn_primary')
}

/** Tap the claim button of the center coupon whose name contains `name`. */
async function clickCouponButton(name) {
  for (const ticket of await page.$$('.coupon-ticket')) {
    const own = await ticket.evaluate((el) => el.querySelector('.coupon-name').textContent)
    if (own.includes(name)) return (await ticket.$('.claim-btn')).click()
  }
  throw new Error(`no coupon ${name} in the center`)
}

function currentQuery(name) {
  return page.evaluate((n) => new URLSearchParams(location.hash.split('?')[1] || '').get(n), name)
}

let failed = false
try {
  // as the administrator once: Odoo then takes this URL as web.base.url, where
  // WeChat Pay's notify goes
  await rpcLogin()
  log(`open ${BASE}/mall/h5/`)
  await page.goto(`${BASE}/mall/h5/`, { waitUntil: 'networkidle2' })
  await page.waitForSelector('.product-card', { visible: true })
  await waitText('uni-tabbar', '首页')
  await screenshot('home-首页')

  log('领券中心: claim the new-member coupon')
  await click('.coupon-center-entry')
  await waitText('.coupon-name', '新人专享')
  await screenshot('coupon-center-领券中心')
  await clickCouponButton('新人专享')
  await waitText('.uni-toast', '领取成功')
  await waitText('.coupon-ticket', '已领取')
  await page.goto(`${BASE}/mall/h5/#/pages/coupon/mine`, { waitUntil: 'networkidle2' })
  await waitText('.coupon-name', '新人专享')
  await screenshot('my-coupons-我的优惠券')
  await page.goto(`${BASE}/mall/h5/`, { waitUntil: 'networkidle2' })
  await page.waitForSelector('.product-card', { visible: true })

  // a product with a 规格 in stock, and its category, as the API says (other
  // tests of the run make categories and products, and sell some out)
  const { category, product } = await productInStock()
  log(`分类 ${category.name}`)
  await tab('分类')
  await page.waitForSelector('.side-item', { visible: true })
  await clickText('.side-item', category.name)
  await waitText('.product-row', product.name)
  await screenshot('category-分类')
  await clickText('.product-row', product.name)

  log(`商品详情 ${product.name}`)
  await waitText('.product-title', product.name)
  const productName = product.name
  await screenshot('product-商品详情')

  log('规格 → 加入购物车')
  await click('.add-cart')
  await page.waitForSelector('.sku-sheet', { visible: true })
  // pick the last 规格 that can be bought (a product without 规格 has its one variant)
  const values = await page.$$('.sku-value.available')
  let label = '默认'
  if (values.length) {
    const last = values[values.length - 1]
    label = await last.evaluate((el) => el.textContent.trim())
    // (picking the chosen value again would clear it)
    if (!(await last.evaluate((el) => el.classList.contains('selected')))) await last.click()
    await page.waitForFunction(() => document.querySelector('.sku-value.selected'))
  } else if ((await page.$$('.sku-value')).length) {
    throw new Error(`${productName}: no 规格 in stock`)
  }
  // two of it when there is plenty
  const stock = await textOf('.sku-stock')
  if (stock === '有货') await click('.sku-plus')
  log(`规格 ${label} × ${await textOf('.sku-qty')}, ${await textOf('.sku-price')} ${stock}`)
  await screenshot('sku-规格')
  await click('.sku-ok')
  await waitText('.uni-toast', '已加入购物车')

  log('购物车')
  await click('.cart-entry')
  await page.waitForSelector('.cart-line', { visible: true })
  await waitText('.cart-line', productName)
  await screenshot('cart-购物车')
  await click('.checkout')

  log('确认订单: 新增收货地址')
  await click('.add-address')
  await type('.f-name', '王小二')
  await type('.f-phone', '13800138000')
  await type('.f-province', '上海市')
  await type('.f-city', '上海市')
  await type('.f-district', '浦东新区')
  await type('.f-detail', '张杨路 1500 号')
  await screenshot('address-地址')
  await click('.save-address')
  await waitText('.address-box', '王小二')
  await page.waitForFunction(() => {
    const el = document.querySelector('.order-total')
    return el && el.textContent.includes('¥')
  })
  // the coupon claimed above: listed by the quote and applied by itself
  await waitText('.coupon-option', '✓ 无门槛减5')
  log(`quote: 运费 ${await textOf('.shipping-fee')}, 实付 ${await textOf('.order-total')}`)
  await screenshot('confirm-确认订单')
  await click('.submit-order')

  log('支付 on the WeChat simulator')
  await page.waitForSelector('.pay-btn', { visible: true })
  const orderId = Number(await currentQuery('id'))
  await click('.pay-btn')
  await page.waitForSelector('.sim-link', { visible: true })
  await screenshot('pay-支付')
  const simUrl = await page.$eval('.sim-link', (a) => a.href)
  allowedSimulator = new URL(simUrl).origin
  const sim = await newPhonePage()
  await sim.goto(simUrl, { waitUntil: 'domcontentloaded' })
  await sim.waitForSelector('button')
  await sim.click('button') // the newest prepay order: ours
  await sim.waitForFunction(() => document.getElementById('msg').textContent.includes('paid'))
  await sim.close()
  log('paid on the simulator; the shop notices')
  await waitText('.order-status', '待发货')
  await screenshot('order-paid-待发货')

  log('订单列表 待发货')
  await page.goto(`${BASE}/mall/h5/#/pages/order/list?state=paid`, { waitUntil: 'networkidle2' })
  await waitText('.order-card', productName)
  await screenshot('orders-订单列表')

  log('the operator ships (JSON-RPC)')
  const number = await shipAsOperator(orderId)
  log(`shipped with 顺丰速运 ${number}`)
  await page.goto(`${BASE}/mall/h5/#/pages/order/detail?id=${orderId}`, { waitUntil: 'networkidle2' })
  await page.reload({ waitUntil: 'networkidle2' })
  await waitText('.order-status', '待收货')
  await waitText('.tracking-no', number)
  await screenshot('order-shipped-待收货')

  log('确认收货')
  await click('.receive-order')
  await confirmModal()
  await waitText('.order-status', '已完成')
  await screenshot('order-done-已完成')

  log('申请售后')
  await click('.apply-after-sale')
  await page.waitForSelector('.reason-picker', { visible: true })
  await click('.reason-picker')
  await click('.uni-picker-action-confirm')
  await waitText('.reason-picker', '质量问题')
  await screenshot('after-sale-apply-申请售后')
  await click('.submit-after-sale')
  await waitText('.after-sale-status', '待审核')
  await screenshot('after-sale-售后详情')

  log('我的')
  await page.goto(`${BASE}/mall/h5/#/pages/mine/index`, { waitUntil: 'networkidle2' })
  await page.waitForSelector('.member-name', { visible: true })
  await screenshot('mine-我的')
  log('journey complete')
} catch (error) {
  failed = true
  console.error(`FAILED: ${error.stack || error}`)
  try {
    await page.screenshot({ path: join(SHOTS, 'failure.png') })
    console.error(`page at failure: ${page.url()} (${join(SHOTS, 'failure.png')})`)
  } catch {
    // the browser is gone
  }
} finally {
  await browser.close()
}
for (const p of problems) console.error(p)
if (!failed && problems.some((p) => p.startsWith('page error') || p.startsWith('external'))) failed = true
process.exit(failed ? 1 : 0)

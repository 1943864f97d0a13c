// 活动币 in headless Chromium on the H5 build, against a real suite server and
// the WeChat simulator: the operator marks a product as earning a coin
// (JSON-RPC) → the shopper buys it and pays on the simulator → 我的 → 我的活动币
// shows the coin, its line and the 48-hour countdown → time moved (the coin's
// dates written 48 hours back over JSON-RPC as the administrator, then the
// expiry job run) → the page shows it expired.
//
//   MALL_URL=http://127.0.0.1:8069 MALL_DB=mall_demo node e2e/coins.mjs
import { BASE, call, log, newPhone, publicApi, rpcLogin, run, waitUntil } from './lib.mjs'

/** A product with a variant in stock. */
async function productInStock() {
  for (const category of (await publicApi('/categories')).items) {
    for (const item of (await publicApi(`/products?category_id=${category.id}&page_size=50`)).items) {
      const product = await publicApi(`/products/${item.id}`)
      if (product.variants.some((v) => v.stock_state === 'in_stock')) return product
    }
  }
  throw new Error('no product is in stock')
}

/**
 * Run Python as a server action of the administrator, `Coins` being the coins
 * ledger as superuser (no group may write it); a server action runs on a model
 * its user may write: the contacts.
 */
async function runAsAdmin(code) {
  const [modelId] = await call('ir.model', 'search', [[['model', '=', 'res.partner']]])
  code = "Coins = env['mall.coin.line'].sudo()\n" + code
  const actionId = await call('ir.actions.server', 'create', [{ name: '活动币旅程：时间快进', model_id: modelId, state: 'code', code }])
  await call('ir.actions.server', 'run', [[actionId]])
  await call('ir.actions.server', 'unlink', [[actionId]])
}

await run(async () => {
  const phone = await newPhone()
  const { page, api, click, currentQuery, openPage, openShop, payOnSimulator, screenshot, textOf, type, waitText } = phone
  await rpcLogin()
  await openShop()

  const product = await productInStock()
  const [template] = await call('product.product', 'read', [[product.variants[0].id], ['product_tmpl_id']])
  await call('product.template', 'write', [[template.product_tmpl_id[0]], { mall_coin_qualifying: true }])
  log(`the operator marks ${product.name} as earning an activity coin (JSON-RPC)`)

  log(`商品详情 ${product.name} → 加入购物车`)
  await openPage(`pages/product/detail?id=${product.id}`)
  await waitText('.product-title', product.name)
  await screenshot('product-商品详情')
  await click('.add-cart')
  await page.waitForSelector('.sku-sheet', { visible: true })
  const values = await page.$$('.sku-value.available')
  if (values.length) {
    const last = values[values.length - 1]
    if (!(await last.evaluate((el) => el.classList.contains('selected')))) await last.click()
    await page.waitForFunction(() => document.querySelector('.sku-value.selected'))
  }
  await click('.sku-ok')
  await waitText('.uni-toast', '已加入购物车')

  log('购物车 → 确认订单')
  await click('.cart-entry')
  await page.waitForSelector('.cart-line', { visible: true })
  await click('.checkout')
  await click('.add-address')
  await type('.f-name', '鹿小鸣')
  await type('.f-phone', '13900139000')
  await type('.f-province', '吉林省')
  await type('.f-city', '长春市')
  await type('.f-district', '双阳区')
  await type('.f-detail', '鹿乡镇梅花鹿大街 8 号')
  await click('.save-address')
  await waitText('.address-box', '鹿小鸣')
  await page.waitForSelector('.bottom-bar:not(.quoting) .order-total', { visible: true })
  await screenshot('confirm-确认订单')
  await click('.submit-order')

  log('支付 on the WeChat simulator')
  await page.waitForSelector('.pay-btn', { visible: true })
  const orderId = Number(await currentQuery('id'))
  await payOnSimulator()
  await waitText('.order-status', '待发货')
  await screenshot('order-paid-待发货')
  const order = await api(`/orders/${orderId}`)

  log('我的 → 我的活动币')
  const earned = await waitUntil('the coin of the paid order', async () => {
    const body = await api('/me/coins')
    return body.items.find((x) => x.kind === 'earn' && x.order_id === orderId) ? body : null
  })
  // a new shopper (this browser's own openid): the order's coin is the only one
  if (earned.balance !== 1) throw new Error(`coins ${earned.balance}, expected 1`)
  await openPage('pages/mine/index')
  await waitText('.coins-entry', `${earned.balance} 个`)
  await screenshot('mine-我的')
  await click('.coins-entry')
  await waitText('.coins-page-balance', String(earned.balance))
  await waitText('.coins-line', `订单 ${order.name} 赠送活动币`)
  await waitText('.coins-next-expiry', '后过期')
  const countdown = await textOf('.coins-next-expiry')
  log(`我的活动币: ${earned.balance}, ${countdown}`)
  if (!/将在 4[78]:\d\d:\d\d 后过期/.test(countdown)) throw new Error(`countdown ${countdown}`)
  await screenshot('coins-我的活动币')

  log('48 hours later (time moved over JSON-RPC), the expiry job runs')
  await runAsAdmin(
    `for line in Coins.search([('partner_id', '=', ${(await api('/me')).id})]):\n` +
      `    values = {'date': line.date - datetime.timedelta(hours=48)}\n` +
      `    if line.expires_at:\n` +
      `        values['expires_at'] = line.expires_at - datetime.timedelta(hours=48)\n` +
      `    line.write(values)\n`,
  )
  await runAsAdmin('Coins._cron_mall_expire()')
  const expired = await api('/me/coins')
  if (expired.balance !== 0 || expired.items[0].kind !== 'expire') throw new Error(`after expiry: ${JSON.stringify(expired)}`)
  await openPage('pages/coins/index')
  await waitText('.coins-page-balance', '0')
  await waitText('.coins-line', '个活动币已过期')
  await screenshot('coins-expired-活动币过期')
  log(`${BASE}: the coin expired, the ledger says so`)
})

// 抢签 in headless Chromium on the H5 build, against a real suite server and
// the WeChat simulator: the operator points the real-name check at the
// simulator and schedules a lottery of one unit whose window is open now
// (JSON-RPC) → 首页 → 抢签 (the countdown of the open window from the
// server's time) → 抢签详情 (the published sha256 of the seed) → 立即报名,
// refused (403 real_name_required): the page offers 实名认证 → the shopper
// verifies a real name there (the simulator's name + ID number service) and
// is taken back → 立即报名 → time moved (the window's times written into the past over JSON-RPC) and the
// lottery cron run → 我的 → 我的抢签: 已中签 → 按抽签价购买 → pay on the
// simulator → the order to ship at the lottery price; 抢签详情 shows the seed,
// the frozen list and the winner.
//
//   MALL_URL=http://127.0.0.1:8069 MALL_DB=mall_demo node e2e/lottery.mjs
import { BASE, call, log, newPhone, publicApi, rpcLogin, run, waitUntil } from './lib.mjs'

const WEIGHTS = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11)

/** A well-formed ID number no one of this database used yet (random sequence). */
function newIdNumber() {
  const pad = (n, size) => String(n).padStart(size, '0')
  const random = (n) => Math.floor(Math.random() * n)
  const first17 = `220112${1960 + random(40)}${pad(1 + random(12), 2)}${pad(1 + random(28), 2)}${pad(random(1000), 3)}`
  const sum = [...first17].reduce((total, c, i) => total + Number(c) * WEIGHTS[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

/** A product with a variant in stock: the variant. */
async function variantInStock() {
  for (const category of (await publicApi('/categories')).items) {
    for (const item of (await publicApi(`/products?category_id=${category.id}&page_size=50`)).items) {
      const product = await publicApi(`/products/${item.id}`)
      const variant = product.variants.find((v) => v.stock_state === 'in_stock')
      if (variant) return { product, variant }
    }
  }
  throw new Error('no product is in stock')
}

/** Odoo's UTC datetime text, `seconds` from now. */
function utc(seconds) {
  return new Date(Date.now() + seconds * 1000).toISOString().slice(0, 19).replace('T', ' ')
}

await run(async () => {
  const phone = await newPhone()
  const { page, api, click, currentQuery, openPage, openShop, payOnSimulator, screenshot, textOf, type, waitText } = phone
  await rpcLogin()
  await openShop()
  await openPage('pages/mine/index')
  await page.waitForSelector('.login-btn, .member-name', { visible: true })
  if (await page.$('.login-btn')) await click('.login-btn')
  await waitUntil('the shopper logged in', () => page.evaluate(() => localStorage.getItem('mall_token')))

  // the operator: the real-name check is the simulator's (as in points_mall.mjs)
  const [ref] = await call('ir.model.data', 'search_read', [[['module', '=', 'mall_api'], ['name', '=', 'mall_api_endpoint']], ['res_id']])
  const [endpoint] = await call('fastapi.endpoint', 'read', [[ref.res_id], ['company_id']])
  const [company] = await call('res.company', 'read', [[endpoint.company_id[0]], ['wechat_mp_api_base_url']])
  await call('res.company', 'write', [[company.id], {
    mall_identity_provider: 'idv_http',
    mall_identity_api_url: company.wechat_mp_api_base_url,
    mall_identity_api_appcode: 'journey',
  }])

  await api('/addresses', {
    method: 'POST',
    body: { name: '鹿小鸣', phone: '13900139000', province: '吉林省', city: '长春市', district: '双阳区', detail: '鹿乡镇梅花鹿大街 8 号', default: true },
  })

  const { product, variant } = await variantInStock()
  const name = `${product.name} 抢签体验`
  const lotteryId = await call('mall.lottery', 'create', [{
    name,
    product_id: variant.id,
    quantity: 1,
    price: 9.9,
    win_mode: 'quantity',
    require_real_name: true,
    company_id: company.id,
    window_ids: [[0, 0, { date_start: utc(-60), date_end: utc(3600), draw_at: utc(3900) }]],
  }])
  await call('mall.lottery', 'action_schedule', [[lotteryId]])
  log(`the operator schedules 「${name}」: 1 unit at ¥9.90, a window open now (JSON-RPC)`)

  log('首页 → 抢签')
  await openShop()
  await click('.lottery-block')
  await waitText('.lottery-name', name)
  await waitText('.lottery-clock.open', '距报名结束')
  await screenshot('lottery-抢签列表')

  log('抢签详情 → 立即报名')
  await phone.clickText('.lottery-name', name)
  await waitText('.lottery-title', name)
  const [window] = (await api(`/lotteries/${lotteryId}`)).windows
  await waitText('.draw-hash', window.draw.seed_hash)
  await screenshot('lottery-detail-抢签详情')

  log('立即报名 without a real name: refused (403), the page offers 实名认证 → verified there, back to 抢签详情')
  await click('.lottery-register')
  await waitText('.uni-modal', '需实名认证')
  await screenshot('lottery-实名提示')
  await phone.confirmModal()
  // the modal fades out over the next page: a tap meanwhile lands on its mask
  await page.waitForSelector('.uni-modal', { hidden: true })
  await page.waitForSelector('.identity-form', { visible: true })
  await type('.identity-name-input', '鹿小鸣')
  await type('.identity-number-input', newIdNumber())
  await click('.agree')
  await page.waitForSelector('.agree .check.on', { visible: true })
  await click('.identity-submit')
  await waitText('.identity-verified', '已实名')
  await waitUntil('back on 抢签详情', () => page.evaluate(() => location.hash.includes('pages/lottery/detail')))
  await page.waitForSelector('.lottery-register', { visible: true })
  const identity = await api('/me/identity')
  if (identity.state !== 'verified') throw new Error(`identity ${JSON.stringify(identity)}`)
  if ((await api('/me/lottery-registrations')).items.length) throw new Error('the refused registration was written')

  log('立即报名')
  await click('.lottery-register')
  await waitText('.lottery-registered', '已报名')
  await waitText('.window-result', '待开奖')
  await screenshot('lottery-registered-已报名')
  const [registration] = (await api('/me/lottery-registrations')).items
  if (registration.lottery_id !== lotteryId || registration.result !== 'pending') {
    throw new Error(`registration ${JSON.stringify(registration)}`)
  }

  log('time moved: the window ended and its draw time passed (JSON-RPC), the lottery cron runs')
  await call('mall.lottery.window', 'write', [[window.id], { date_start: utc(-7200), date_end: utc(-3600), draw_at: utc(-3000) }])
  const [cron] = await call('ir.model.data', 'search_read', [[['module', '=', 'mall_lottery'], ['name', '=', 'ir_cron_mall_lottery']], ['res_id']])
  await call('ir.cron', 'method_direct_trigger', [[cron.res_id]])
  const won = await waitUntil('the draw', async () => {
    const body = await api('/me/lottery-registrations')
    const mine = body.items.find((r) => r.id === registration.id)
    return mine && mine.result !== 'pending' ? mine : null
  })
  if (won.result !== 'won' || won.qualification !== 'active') throw new Error(`after the draw: ${JSON.stringify(won)}`)

  log('我的 → 我的抢签: 已中签 → 按抽签价购买')
  await openPage('pages/mine/index')
  await click('.lottery-entry')
  await waitText('.reg-result.won', '已中签')
  await waitText('.reg-qualification', '内按抽签价购买')
  await screenshot('lottery-mine-中签')
  await click('.lottery-buy')
  await page.waitForSelector('.pay-btn', { visible: true })
  const orderId = Number(await currentQuery('id'))
  const order = await api(`/orders/${orderId}`)
  const line = order.lines.find((l) => l.product_id === variant.id)
  if (!line || line.qty !== 1 || Math.abs(line.price_unit - 9.9) > 0.001) {
    throw new Error(`the order's line: ${JSON.stringify(order.lines)}`)
  }
  // the pay page says what its amount is made of: the lottery price and the shipping
  await waitText('.pay-goods', '9.90')
  await waitText('.pay-shipping', order.amount_shipping > 0 ? order.amount_shipping.toFixed(2) : '包邮')
  await screenshot('lottery-pay-抽签价支付')
  await payOnSimulator({ shotName: null })
  await waitText('.order-status', '待发货')
  await screenshot('lottery-order-待发货')

  log('我的抢签: 已购买; 抢签详情: the seed, the frozen list and the winner')
  await openPage('pages/lottery/mine')
  await waitText('.reg-qualification', '已购买')
  await screenshot('lottery-mine-已购买')
  await click('.reg-order')
  await waitText('.order-status', '待发货')
  await openPage(`pages/lottery/detail?id=${lotteryId}`)
  await waitText('.draw-winner.me', String(registration.id))
  await waitText('.draw-count', '报名 1 人')
  const seed = await textOf('.draw-seed')
  const drawn = (await api(`/lotteries/${lotteryId}`)).windows[0].draw
  if (seed !== drawn.seed) throw new Error(`seed ${seed} vs ${drawn.seed}`)
  await screenshot('lottery-drawn-开奖公示')
  log(`${BASE}: registered, drawn, won, bought at the lottery price and paid (order ${order.name})`)
})

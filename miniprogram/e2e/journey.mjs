// The shopper's journey in headless Chromium on the H5 build, against a real
// suite server and the WeChat simulator: shop → 领券中心 (claim a 满减 coupon) →
// 我的优惠券 → the operator gives points (JSON-RPC) → category → product → 规格 →
// cart → checkout with a new address, the coupon applied and 积分抵扣 switched
// on → pay the rest on the simulator → 待发货; the operator ships (JSON-RPC) →
// 待收货 with tracking → confirm receipt → 我的积分 (points earned) → 我的
// (the level reached) → member prices on the product → 评价 with a photo →
// the product's reviews → a partial refund (申请售后 of one unit, approved over
// JSON-RPC) → 已退款 and the points given back and taken back in 我的积分.
// Screenshots of the main pages go to $MALL_SHOTS.
//
//   MALL_URL=http://127.0.0.1:8069 MALL_DB=mall_demo node e2e/journey.mjs
//
// MALL_ADMIN_LOGIN / MALL_ADMIN_PASSWORD (admin/admin) ship the order;
// CHROMIUM (/usr/bin/chromium). Prints one line per step; exit 1 on failure.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BASE, call, fenOf, log, newPhone, publicApi, rpcLogin, run, shipAsOperator, waitUntil } from './lib.mjs'

// a 2x2 PNG: the review's photo
const PHOTO = join(mkdtempSync(join(tmpdir(), 'mall-e2e-')), 'review.png')
writeFileSync(
  PHOTO,
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64'),
)
const REVIEW_TEXT = '米粒饱满，煮饭很香，物流也快'
// the points the operator gives before checkout (¥1 a point in the demo shop)
const GIFT_POINTS = 100
// growth value: one a yuan paid; the order pays at least this much in cash,
// enough for the demo's 银卡会员 (1000)
const CASH_TARGET = 1000

/** A product with several 规格 (some in stock) if there is one, else any in stock, and its category. */
async function productInStock() {
  let fallback = null
  for (const category of (await publicApi('/categories')).items) {
    for (const item of (await publicApi(`/products?category_id=${category.id}&page_size=50`)).items) {
      const product = await publicApi(`/products/${item.id}`)
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

/** Tap the claim button of the center coupon whose name contains `name`. */
async function clickCouponButton(page, name) {
  for (const ticket of await page.$$('.coupon-ticket')) {
    const own = await ticket.evaluate((el) => el.querySelector('.coupon-name').textContent)
    if (own.includes(name)) return (await ticket.$('.claim-btn')).click()
  }
  throw new Error(`no coupon ${name} in the center`)
}

await run(async () => {
  const phone = await newPhone()
  const { page, api, click, clickText, confirmModal, currentQuery, openPage, openShop, payOnSimulator, screenshot, tab, textOf, type, waitText } = phone
  /** The checkout's quote is back (none in flight). */
  const quoted = () => page.waitForSelector('.bottom-bar:not(.quoting) .order-total', { visible: true })

  // as the administrator once: Odoo then takes this URL as web.base.url, where
  // WeChat Pay's notify goes
  await rpcLogin()
  log(`open ${BASE}/mall/h5/`)
  await openShop()
  await waitText('uni-tabbar', '首页')
  await screenshot('home-首页')

  log('领券中心: claim the 满减 coupon')
  await click('.coupon-center-entry')
  await waitText('.coupon-name', '满99减10')
  await screenshot('coupon-center-领券中心')
  await clickCouponButton(page, '满99减10')
  await waitText('.uni-toast', '领取成功')
  await waitText('.coupon-ticket', '已领取')
  await page.goto(`${BASE}/mall/h5/#/pages/coupon/mine`, { waitUntil: 'networkidle2' })
  await waitText('.coupon-name', '满99减10')
  await screenshot('my-coupons-我的优惠券')

  log(`the operator gives the member ${GIFT_POINTS} points (JSON-RPC)`)
  const me = await api('/me')
  const entryLevel = me.level ? me.level.name : null
  const wizardId = await call('mall.points.adjust', 'create', [{ partner_id: me.id, points: GIFT_POINTS, reason: '新会员礼' }])
  await call('mall.points.adjust', 'action_confirm', [[wizardId]])
  const gifted = await api('/me/points')
  if (gifted.balance !== GIFT_POINTS) throw new Error(`points balance ${gifted.balance}, expected ${GIFT_POINTS}`)
  log(`member ${me.id}: level ${entryLevel || '-'}, growth ${me.growth_value}, ${gifted.balance} points`)
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
  // enough of it for the order to pay CASH_TARGET in cash after the coupon
  // and the points: the member then reaches the demo's 银卡会员
  const stock = await textOf('.sku-stock')
  const unitFen = fenOf(await textOf('.sku-price'))
  const units = Math.min(99, Math.ceil(((CASH_TARGET + 10 + GIFT_POINTS) * 100 + 1) / unitFen))
  for (let i = 1; i < units; i++) await click('.sku-plus')
  await waitText('.sku-qty', String(units))
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
  // the coupon claimed above: listed by the quote and applied by itself; the
  // typed-code input stays empty
  await waitText('.coupon-option', '✓ 满99减10')
  await quoted()
  const typed = await page.$eval('.coupon-code input', (el) => el.value)
  if (typed) throw new Error(`the coupon input shows ${typed}`)
  const before = fenOf(await textOf('.order-total'))
  log(`quote: 运费 ${await textOf('.shipping-fee')}, 优惠 ${await textOf('.coupon-discount')}, 实付 ${await textOf('.order-total')}`)
  await waitText('.points-offer', `使用 ${GIFT_POINTS} 积分抵 ¥${GIFT_POINTS}.00`)
  await screenshot('confirm-确认订单')

  log('积分抵扣 on')
  await click('.points-switch')
  await page.waitForFunction(
    (old) => {
      const el = document.querySelector('.order-total')
      const match = el && /¥([\d.]+)/.exec(el.textContent)
      return match && Math.round(Number(match[1]) * 100) < old
    },
    {},
    before,
  )
  await quoted()
  const after = fenOf(await textOf('.order-total'))
  const pointsOff = -fenOf(await textOf('.points-discount'))
  if (before - after !== pointsOff || pointsOff !== GIFT_POINTS * 100) {
    throw new Error(`积分抵扣: total ${before} → ${after}, points ${pointsOff} (fen)`)
  }
  await waitText('.coupon-option', '✓ 满99减10')
  log(`积分抵扣 ${await textOf('.points-discount')}: 实付 ${await textOf('.order-total')}`)
  await screenshot('confirm-points-积分抵扣')
  await click('.submit-order')

  log('支付 on the WeChat simulator')
  await page.waitForSelector('.pay-btn', { visible: true })
  const orderId = Number(await currentQuery('id'))
  await payOnSimulator()
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
  await waitText('.order-points', `${GIFT_POINTS} 积分`)
  await screenshot('order-done-已完成')
  const order = await api(`/orders/${orderId}`)
  log(`order ${order.name}: 实付 ¥${order.amount_total}, 积分 ${order.points_used} (¥${-order.amount_points}), 优惠 ¥${-order.amount_discount}`)

  log('我的积分: the points earned, credited at receipt')
  const ledger = await api('/me/points')
  const earned = ledger.items.find((x) => x.kind === 'earn' && x.order_id === orderId)
  if (!earned || earned.pending || earned.points <= 0) throw new Error(`no credited earning: ${JSON.stringify(ledger.items)}`)
  if (ledger.balance !== GIFT_POINTS - order.points_used + earned.points) throw new Error(`balance ${ledger.balance}`)
  await openPage(`pages/points/index`)
  await waitText('.points-page-balance', String(ledger.balance))
  await waitText('.points-line', `订单 ${order.name} 获得积分`)
  await waitText('.points-line', `+${earned.points}`)
  await waitText('.points-line', '积分抵扣')
  await waitText('.points-line', '新会员礼')
  log(`balance ${ledger.balance}: +${earned.points} earned, -${order.points_used} spent`)
  await screenshot('points-我的积分')

  log('我的: the level reached')
  const member = await api('/me')
  if (!member.level || member.level.name === entryLevel || member.growth_value < CASH_TARGET) {
    throw new Error(`no upgrade: ${JSON.stringify(member)}`)
  }
  await openPage(`pages/mine/index`)
  await waitText('.member-level', member.level.name)
  await waitText('.level-progress', `成长值 ${member.growth_value}`)
  await waitText('.member-points', String(ledger.balance))
  log(`${member.level.name}, 成长值 ${member.growth_value}`)
  await screenshot('mine-level-我的')

  log('会员价 on the product')
  await openPage(`pages/product/detail?id=${product.id}`)
  await waitText('.product-member-price', '会员价')
  await waitText('.product-member-price', member.level.name)
  log(`${await textOf('.price.big')} / ${await textOf('.product-member-price')}`)
  await screenshot('product-member-price-会员价')

  log('评价 with a photo')
  await openPage(`pages/order/detail?id=${orderId}`)
  await click('.review-line')
  await page.waitForSelector('.review-input', { visible: true })
  await click('.review-star', 4)
  await page.type('.review-input textarea', REVIEW_TEXT)
  const [chooser] = await Promise.all([page.waitForFileChooser(), click('.add-review-photo')])
  await chooser.accept([PHOTO])
  await page.waitForSelector('.review-picked', { visible: true })
  await screenshot('review-write-评价')
  await click('.submit-review')
  await page.waitForSelector('.my-review', { visible: true })
  let [mine] = (await api('/me/reviews')).items
  if (!mine || mine.text !== REVIEW_TEXT) throw new Error(`the review is not listed: ${JSON.stringify(mine)}`)
  if (mine.state === 'pending') {
    // the shop moderates (sensitive words, or every review): the operator publishes it
    log('the review waits for moderation: the operator publishes it (JSON-RPC)')
    await call('mall.review', 'action_publish', [[mine.id]])
    await page.reload({ waitUntil: 'networkidle2' })
    ;[mine] = (await api('/me/reviews')).items
  }
  await waitText('.my-review', REVIEW_TEXT)
  await waitText('.my-review-state', '已发布')
  await page.waitForSelector('.my-review .photo', { visible: true })
  await screenshot('my-reviews-我的评价')

  log('the product\'s reviews (有图)')
  await openPage(`pages/product/detail?id=${product.id}`)
  await waitText('.product-reviews', REVIEW_TEXT)
  await screenshot('product-reviews-商品详情评价')
  await click('.product-reviews .reviews-title')
  await page.waitForSelector('.review-tab', { visible: true })
  await clickText('.review-tab', `有图（${(await api(`/products/${product.id}/reviews?with_photos=true&page_size=1`)).summary.with_photos}）`)
  await waitText('.review-item', REVIEW_TEXT)
  await page.waitForSelector('.review-item .review-photo', { visible: true })
  await screenshot('product-review-list-商品评价')

  log('申请售后: one unit of the order, refund only')
  await openPage(`pages/order/detail?id=${orderId}`)
  await click('.apply-after-sale')
  await page.waitForSelector('.reason-picker', { visible: true })
  for (let i = 1; i < units; i++) await click('.qty-minus')
  await waitText('.after-sale-qty', '1')
  await click('.reason-picker')
  await click('.uni-picker-action-confirm')
  await waitText('.reason-picker', '质量问题')
  await screenshot('after-sale-apply-申请售后')
  await click('.submit-after-sale')
  await waitText('.after-sale-status', '待审核')
  const requestId = Number(await currentQuery('id'))
  // the unit's share of the cash: the goods after the coupon and the points, per unit
  const line = order.lines[0]
  const expectedFen = Math.round((Math.round(line.subtotal * 100) + Math.round(order.amount_discount * 100)) / units)
  const requested = fenOf(await textOf('.refund-amount'))
  if (order.lines.length !== 1 || Math.abs(requested - expectedFen) > 1) {
    throw new Error(`refund of one unit: ${requested} fen, expected ${expectedFen}`)
  }
  await screenshot('after-sale-售后详情')

  log('the operator approves (JSON-RPC); WeChat Pay refunds the cash')
  await call('mall.after.sale', 'action_approve', [[requestId]])
  await waitUntil('the refund', async () => {
    await page.reload({ waitUntil: 'networkidle2' })
    await page.waitForSelector('.after-sale-status', { visible: true })
    return (await textOf('.after-sale-status')) === '已退款'
  }, 60000)
  await screenshot('after-sale-refunded-已退款')

  log('我的积分: the points of the refunded unit given back, its earning taken back')
  const refunded = await waitUntil('the points given back', async () => {
    const body = await api('/me/points')
    return body.items.some((x) => x.kind === 'refund') ? body : null
  }, 60000)
  const back = refunded.items.find((x) => x.kind === 'refund')
  const reverse = refunded.items.find((x) => x.kind === 'reverse')
  // given back: the points spent, in proportion to the value of the goods refunded (1 of `units`)
  if (back.points !== Math.floor(order.points_used / units)) throw new Error(`points given back: ${back.points}`)
  // taken back: what was earned, in proportion to the cash refunded for goods
  const baseFen = Math.round(order.amount_total * 100) - Math.round(order.amount_shipping * 100)
  const kept = Math.floor((earned.points * (baseFen - requested)) / baseFen + 1e-9)
  if (earned.points - kept ? !reverse || reverse.points !== kept - earned.points : reverse) {
    throw new Error(`earning taken back: ${JSON.stringify(reverse)}, expected ${kept - earned.points}`)
  }
  await openPage(`pages/points/index`)
  await waitText('.points-page-balance', String(refunded.balance))
  await waitText('.points-line', `+${back.points}`)
  await waitText('.points-line', '退回')
  if (reverse) await waitText('.points-line', '扣回')
  log(`退回 +${back.points}, 扣回 ${reverse ? reverse.points : 0}: balance ${refunded.balance}`)
  await screenshot('points-refund-积分退回')

  log('我的评价, 我的')
  await openPage(`pages/mine/index`)
  await page.waitForSelector('.member-name', { visible: true })
  await waitText('.member-level', member.level.name)
  await screenshot('mine-我的')
})

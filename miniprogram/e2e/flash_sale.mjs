// Issue #16, flash sales: the operator schedules a 限时秒杀 (JSON-RPC), the
// shopper sees it on the home page with its countdown, opens the flash-sale
// page, grabs one unit (address, 提交订单), lands on the pay page with the
// order 待付款 within a second, pays on the WeChat simulator and the order is
// 待发货; the flash order is paid in the database and the units left shrank.
//
//   MALL_URL=http://127.0.0.1:8069 MALL_DB=mall_demo node e2e/flash_sale.mjs

import { BASE, call, log, newPhone, rpcLogin, run, waitUntil } from './lib.mjs'

const SALE_NAME = '新米尝鲜 秒杀'
const FLASH_PRICE = 9.9

function odooDatetime(date) {
  return date.toISOString().slice(0, 19).replace('T', ' ')
}

/** A published variant in no other running flash sale. */
async function variantForSale() {
  const busy = new Set(
    (
      await call('mall.flash.sale.line', 'search_read', [
        [['sale_id.state', 'in', ['scheduled', 'running']]],
        ['product_id'],
      ])
    ).map((line) => line.product_id[0]),
  )
  const templates = await call('product.template', 'search_read', [
    [['mall_ok', '=', true], ['mall_published', '=', true], ['sale_ok', '=', true], ['name', 'not ilike', 'HTTP']],
    ['name', 'product_variant_ids'],
  ])
  for (const template of templates) {
    const variant = template.product_variant_ids.find((id) => !busy.has(id))
    if (variant) return { name: template.name, variant }
  }
  throw new Error('no published variant free for a flash sale')
}

await run(async () => {
  await rpcLogin()
  const { name: productName, variant } = await variantForSale()
  const now = Date.now()
  const saleId = await call('mall.flash.sale', 'create', [
    {
      name: SALE_NAME,
      date_start: odooDatetime(new Date(now - 60_000)),
      date_end: odooDatetime(new Date(now + 2 * 3600_000)),
      member_limit: 1,
      payment_timeout: 5,
      line_ids: [[0, 0, { product_id: variant, flash_price: FLASH_PRICE, allotment: 3 }]],
    },
  ])
  await call('mall.flash.sale', 'action_schedule', [[saleId]])
  log(`the operator scheduled ${SALE_NAME}: ${productName} at ${FLASH_PRICE}, 3 units`)

  const phone = await newPhone()
  const { page, api, click, currentQuery, openPage, openShop, payOnSimulator, screenshot, waitText } = phone

  log(`open ${BASE}/mall/h5/`)
  await openShop()
  // the H5 demo logs in on the first call that needs it: the address list
  await openPage('pages/address/list')
  await waitUntil('the shopper logged in', () => phone.token().catch(() => null))
  await api('/addresses', {
    method: 'POST',
    body: {
      name: '王小二',
      phone: '13800138000',
      province: '上海市',
      city: '上海市',
      district: '浦东新区',
      detail: '张杨路 1500 号',
      default: true,
    },
  })
  await openShop()
  await waitText('.flash-block', '限时秒杀')
  await waitText('.flash-clock', ':')
  await screenshot('home-限时秒杀')

  log('the flash-sale page')
  await click('.flash-block')
  await waitText('.sale-name', SALE_NAME)
  await waitText('.sale-clock', '距结束')
  await screenshot('flash-秒杀列表')

  log(`马上抢 ${productName}`)
  let tapped = false
  for (const card of await page.$$('.sale')) {
    const title = await card.evaluate((el) => el.querySelector('.sale-name').textContent)
    if (!title.includes(SALE_NAME)) continue
    await (await card.$('.buy-btn')).click()
    tapped = true
  }
  if (!tapped) throw new Error(`no flash sale ${SALE_NAME} on the page`)
  await waitText('.sheet', '确认抢购')
  await waitText('.sheet', '王小二')
  await screenshot('flash-confirm-确认抢购')
  await click('.flash-submit')

  log('the pay page: 待付款')
  await page.waitForSelector('.pay-btn', { visible: true })
  const orderId = Number(await currentQuery('id'))
  const order = await api(`/orders/${orderId}`)
  if (order.state !== 'pending_payment' || Math.abs(order.amount_total - FLASH_PRICE) > 0.001) {
    throw new Error(`the flash order is ${order.state} for ${order.amount_total}`)
  }
  await screenshot('flash-pay-待付款')
  await payOnSimulator({ shotName: null })
  await waitText('.order-status', '待发货')
  await screenshot('flash-paid-待发货')

  const [reservation] = await call('mall.flash.order', 'search_read', [
    [['sale_order_id', '=', orderId]],
    ['state'],
  ])
  await waitUntil('the flash order paid', async () => {
    const [r] = await call('mall.flash.order', 'read', [[reservation.id], ['state']])
    return r.state === 'paid'
  })
  log('flash order paid')

  log('the flash-sale page again: one unit fewer, the member limit reached')
  await openPage('pages/flash/index')
  await waitText('.sale-name', SALE_NAME)
  await waitText('.item-left', '已抢 33%')
  await screenshot('flash-after-已抢')
  await call('mall.flash.sale', 'action_cancel', [[saleId]])
})

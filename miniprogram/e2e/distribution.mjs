// The promoter's journey (issue #16, distribution) in headless Chromium on the
// H5 build, against a real suite server and the WeChat simulator:
// 我的 → 分销中心 → 申请成为推广员 (approved over JSON-RPC) → the promoter code;
// a friend opens the shop through the code's share (scene u=<code>) and becomes
// a promoter too; the friend's friend comes through that share, orders and
// pays (API + simulator), the order is shipped and received and the
// after-sales window passes (the receipt date written and the settlement cron
// run as the administrator) → the friend's 分销中心 shows the withdrawable
// commission, 佣金明细 its lines, 提现 asks for everything; finance approves
// (JSON-RPC) and WeChat Pay waits for the member's confirmation: on H5 the
// page says to confirm in the mini-program; confirmed on the simulator →
// 已到账.
//
//   MALL_URL=http://127.0.0.1:8069 MALL_DB=mall_demo node e2e/distribution.mjs
import { randomUUID } from 'node:crypto'
import { BASE, call, log, newPhone, rpcLogin, run, shipAsOperator, waitUntil } from './lib.mjs'

/** The WeChat simulator the store's payment provider points at. */
async function simulator() {
  const [provider] = await call('payment.provider', 'search_read', [[['code', '=', 'wechatpay']], ['wechatpay_api_base_url']], {
    limit: 1,
  })
  return provider.wechatpay_api_base_url.replace(/\/$/, '')
}

async function simControl(path, body) {
  const response = await fetch(`${await simulator()}/_sim/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`simulator ${path}: HTTP ${response.status} ${await response.text()}`)
  return response.json()
}

async function approvePromoter(memberId) {
  const ids = await call('mall.promoter', 'search', [[['partner_id', '=', memberId]]])
  await call('mall.promoter', 'action_approve', [ids])
}

/** A phone that opens the shop through a share with `scene`, logged in on its first call. */
async function phoneThrough(scene) {
  const phone = await newPhone({ stranger: true })
  await phone.page.goto(`${BASE}/mall/h5/#/pages/index/index?scene=${encodeURIComponent(scene)}`, { waitUntil: 'networkidle2' })
  await phone.page.waitForSelector('.product-card', { visible: true })
  await phone.tab('我的')
  // 分销中心 needs the member: the shopper logs in there, with the launch scene
  await phone.click('.distribution-entry')
  await phone.waitText('.promoter-state', '未申请')
  return phone
}

/** POST /orders as the phone's shopper (the route wants an Idempotency-Key). */
async function placeOrder(phone, body) {
  const response = await fetch(`${BASE}/mall/v1/orders`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await phone.token()}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': randomUUID(),
    },
    body: JSON.stringify(body),
  })
  if (response.status !== 201) throw new Error(`POST /orders: HTTP ${response.status} ${await response.text()}`)
  return response.json()
}

/** An in-stock variant of the demo shop. */
async function variantInStock(api) {
  for (const item of (await api('/products?page_size=50')).items) {
    const product = await api(`/products/${item.id}`)
    const variant = product.variants.find((v) => v.stock_state === 'in_stock')
    if (variant) return variant.id
  }
  throw new Error('no product is in stock')
}

await run(async () => {
  await rpcLogin()
  // the storefront's company: the one of the API endpoint
  const [endpointRef] = await call('ir.model.data', 'search_read', [
    [
      ['module', '=', 'mall_api'],
      ['name', '=', 'mall_api_endpoint'],
    ],
    ['res_id'],
  ])
  const [endpoint] = await call('fastapi.endpoint', 'read', [[endpointRef.res_id], ['company_id']])
  const company = endpoint.company_id[0]
  await call('res.company', 'write', [[company], { mall_dist_everyone: false, mall_dist_min_withdrawal: 1, mall_dist_daily_withdrawals: 0 }])

  log('A: 我的 → 分销中心 → 申请成为推广员')
  const a = await newPhone()
  await a.page.goto(`${BASE}/mall/h5/`, { waitUntil: 'networkidle2' })
  await a.page.waitForSelector('.product-card', { visible: true })
  await a.tab('我的')
  await a.click('.distribution-entry')
  await a.waitText('.apply', '申请成为推广员')
  await a.screenshot('apply-申请推广员')
  await a.type('.real-name', '王大')
  await a.click('.apply-btn')
  await a.waitText('.promoter-state', '审核中')
  await approvePromoter((await a.api('/me')).id)
  await a.openPage('pages/distribution/index')
  const codeA = await a.textOf('.promoter-code')
  await a.screenshot('center-分销中心')

  log(`B comes through A's share (u=${codeA}) and becomes a promoter`)
  const b = await phoneThrough(`u=${codeA}`)
  const bMe = await b.api('/me')
  await b.api('/me/promoter/apply', { method: 'POST', body: { real_name: '李二' } })
  await approvePromoter(bMe.id)
  const codeB = (await b.api('/me/promoter')).code

  log(`C comes through B's share (u=${codeB}), orders and pays`)
  const c = await phoneThrough(`u=${codeB}`)
  const address = await c.api('/addresses', {
    method: 'POST',
    body: { name: '赵三', phone: '13800138001', province: '上海市', city: '上海市', district: '浦东新区', detail: '张杨路 1500 号', default: true },
  })
  const variant = await variantInStock(c.api)
  const order = await placeOrder(c, { address_id: address.id, lines: [{ product_id: variant, qty: 2 }] })
  await c.api(`/orders/${order.id}/pay`, { method: 'POST' })
  const [orderRow] = await call('sale.order', 'read', [[order.id], ['transaction_ids']])
  const [tx] = await call('payment.transaction', 'read', [orderRow.transaction_ids, ['reference']])
  await simControl('pay', { out_trade_no: tx.reference })
  await waitUntil('the order paid', async () => (await c.api(`/orders/${order.id}`)).state === 'paid')

  log('A sees the team; B the pending commission')
  await a.openPage('pages/distribution/index')
  await a.waitText('.team-level2', '1')
  await waitUntil('B earned', async () => (await b.api('/me/promoter')).pending > 0)

  log('shipped, received, the after-sales window passes (time moved), settled')
  await shipAsOperator(order.id)
  await waitUntil('shipped', async () => (await c.api(`/orders/${order.id}`)).state === 'shipped')
  await c.api(`/orders/${order.id}/receive`, { method: 'POST' })
  const past = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString().slice(0, 19).replace('T', ' ')
  await call('sale.order', 'write', [[order.id], { mall_received_at: past }])
  const [cron] = await call('ir.model.data', 'search_read', [
    [
      ['module', '=', 'mall_distribution'],
      ['name', '=', 'cron_mall_commission_settle'],
    ],
    ['res_id'],
  ])
  await call('ir.cron', 'method_direct_trigger', [[cron.res_id]])

  log("B: 分销中心, 佣金明细, 提现")
  await b.openPage('pages/distribution/index')
  await b.page.waitForSelector('.promoter-settleable', { visible: true })
  const settleable = (await b.api('/me/promoter')).settleable
  if (!(settleable > 0)) throw new Error(`nothing withdrawable for B: ${settleable}`)
  await b.waitText('.promoter-settleable', settleable.toFixed(2))
  await b.screenshot('settled-可提现')
  await b.click('.commissions-entry')
  await b.waitText('.commission-line', '佣金结算')
  await b.screenshot('commissions-佣金明细')
  await b.openPage('pages/distribution/withdraw')
  await b.click('.all')
  await b.click('.withdraw-submit')
  await b.waitText('.withdrawal-state', '待审核')
  await b.screenshot('withdraw-提现')

  log('finance approves; WeChat Pay waits for the member (H5: confirm in the mini-program)')
  await simControl('settings', { transfer_confirm: true, transfer_delay: 0.2 })
  const [withdrawal] = (await b.api('/me/promoter/withdrawals')).items
  await call('mall.withdrawal', 'action_approve', [[withdrawal.id]])
  await b.openPage('pages/distribution/withdraw')
  await b.waitText('.withdrawal-state', '待确认收款')
  await b.waitText('.h5-transfer-note', '请在微信小程序中')
  await b.screenshot('confirm-待确认收款')
  const [record] = await call('mall.withdrawal', 'read', [[withdrawal.id], ['transfer_id']])
  const [transfer] = await call('payment.wechatpay.transfer', 'read', [[record.transfer_id[0]], ['out_bill_no']])
  await simControl('transfer-confirm', { out_bill_no: transfer.out_bill_no })
  await waitUntil('paid', async () => (await b.api('/me/promoter/withdrawals')).items[0].state === 'paid')
  await simControl('settings', { transfer_confirm: false })
  await b.openPage('pages/distribution/withdraw')
  await b.waitText('.withdrawal-state', '已到账')
  await b.screenshot('paid-已到账')
})

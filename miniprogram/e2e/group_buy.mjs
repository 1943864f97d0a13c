// The group-buy journey (issue #16, 拼团) in headless Chromium on the H5
// build, against a real suite server and the WeChat simulator: the operator
// makes the demo offer a 2-person group (JSON-RPC); shopper A sees it on
// 首页, opens its page (group price beside the usual price), 发起拼团 with an
// address, pays on the simulator → the group page shows 已拼 1/2, one seat
// left and the countdown, 邀请好友; shopper B, another phone, opens the shop
// with the group's scene (the invitation's `o=…&g=…&u=…`) and lands on the
// group page, 一键参团, pays → 拼团成功 for both, both orders 待发货 (confirmed
// only now: nothing ships before the group succeeds); 我的拼团 lists it.
//
//   MALL_URL=http://127.0.0.1:8069 MALL_DB=mall_demo node e2e/group_buy.mjs
import { BASE, call, fenOf, log, newPhone, rpcLogin, run, waitUntil } from './lib.mjs'

const ADDRESSES = [
  { name: '王拼拼', phone: '13812345678', province: '吉林省', city: '长春市', district: '朝阳区', detail: '人民大街 1 号', default: true },
  { name: '赵团团', phone: '13987654321', province: '辽宁省', city: '沈阳市', district: '和平区', detail: '中山路 8 号', default: true },
]

/** Pay the order the pay page shows; the page then goes to the group's page. */
async function payAndLand(phone, shotName) {
  await phone.page.waitForSelector('.pay-btn', { visible: true })
  await phone.payOnSimulator({ shotName })
  await phone.page.waitForFunction(() => location.hash.includes('pages/group/detail'), { timeout: 30000 })
}

await run(async () => {
  await rpcLogin()
  const [offer] = await call('mall.group.offer', 'search_read', [[['state', '=', 'active']], ['id', 'name', 'group_size']], {
    limit: 1,
    order: 'id',
  })
  if (!offer) throw new Error('no running group-buy offer (mall_demo)')
  log(`the operator makes ${offer.name} a 2-person group (JSON-RPC)`)
  await call('mall.group.offer', 'write', [
    [offer.id],
    { name: '东北珍珠米 2人团', description: '吉林舒兰秋田小町，两人成团享团购价；24 小时内未成团自动全额退款。', group_size: 2 },
  ])

  // ---- shopper A: 首页 → the offer → 发起拼团 → pay
  const a = await newPhone()
  await a.openShop()
  await a.api('/addresses', { method: 'POST', body: ADDRESSES[0] })
  await a.openPage('pages/index/index')
  await a.waitText('.group-buy-entry', '东北珍珠米 2人团')
  await a.page.$eval('.group-buy-block', (el) => {
    el.scrollIntoView()
    window.scrollBy(0, -60) // below the navigation bar
  })
  await a.screenshot('home-首页拼团')
  await a.click('.group-buy-entry')
  await a.waitText('.offer-title', '')
  const detail = await a.api(`/group-buys/${offer.id}`)
  const variant = detail.variants[0]
  const groupFen = fenOf(await a.textOf('.offer-group-price'))
  if (groupFen !== Math.round(variant.group_price * 100)) throw new Error(`group price shown ${groupFen}`)
  if (fenOf(await a.textOf('.offer-list-price')) !== Math.round(variant.list_price * 100)) throw new Error('list price')
  await a.waitText('.offer-rule', '凑齐 2 人')
  await a.screenshot('offer-拼团活动')
  log(`发起拼团 at ${variant.group_price} (usual ${variant.list_price})`)
  await a.click('.open-group-btn')
  await a.waitText('.address-box', ADDRESSES[0].name)
  await a.waitText('.submit-group-order', '提交并开团')
  await a.screenshot('confirm-确认拼团')
  await a.click('.submit-group-order')
  await payAndLand(a, 'pay-拼团支付')
  const groupId = Number(await a.currentQuery('id'))
  await a.waitText('.group-progress', '已拼 1/2')
  await a.waitText('.group-seats-left', '1')
  await a.waitText('.group-headline', '还差 1 人成团')
  await a.waitText('.group-countdown', ':')
  await a.waitText('.group-member', '**')
  await a.waitText('.copy-group-link', '邀请好友')
  await new Promise((r) => setTimeout(r, 2000)) // the pay page's 支付成功 toast
  await a.screenshot('group-拼团中')
  const group = await a.api(`/groups/${groupId}`)
  if (group.paid_count !== 1 || group.seats_left !== 1 || group.state !== 'open') throw new Error(`group after A: ${JSON.stringify(group)}`)
  const orderA = group.my_order_id
  log(`group ${groupId} open; the invitation's scene ${group.share_scene}`)

  // ---- shopper B: opens the shop with the group's scene → the group page → 参团 → pay
  const b = await newPhone({ stranger: true })
  await b.page.goto(`${BASE}/mall/h5/#/pages/index/index?scene=${encodeURIComponent(group.share_scene)}`, { waitUntil: 'networkidle2' })
  await b.page.waitForFunction(() => location.hash.includes('pages/group/detail'), { timeout: 30000 })
  await b.waitText('.group-headline', '还差 1 人成团')
  await b.waitText('.join-btn', '一键参团')
  await b.screenshot('friend-好友打开拼团')
  await b.api('/addresses', { method: 'POST', body: ADDRESSES[1] })
  await b.click('.join-btn')
  await b.waitText('.address-box', ADDRESSES[1].name)
  await b.waitText('.submit-group-order', '提交并参团')
  await b.click('.submit-group-order')
  await payAndLand(b, '')
  log('B paid: the group fills')
  await waitUntil('the group succeeded', async () => (await b.api(`/groups/${groupId}`)).state === 'succeeded', 60000)
  await b.openPage(`pages/group/detail?id=${groupId}`)
  await b.waitText('.group-headline', '拼团成功')
  await b.waitText('.group-progress', '已拼 2/2')
  await b.screenshot('success-拼团成功')
  const orderB = (await b.api(`/groups/${groupId}`)).my_order_id
  await b.openPage(`pages/order/detail?id=${orderB}`)
  await b.waitText('.order-status', '待发货')
  await b.screenshot('order-待发货')

  // ---- A sees it too
  await a.openPage(`pages/group/detail?id=${groupId}`)
  await a.waitText('.group-headline', '拼团成功')
  await a.openPage(`pages/order/detail?id=${orderA}`)
  await a.waitText('.order-status', '待发货')
  await a.openPage('pages/group/mine')
  await a.waitText('.my-group-state', '拼团成功')
  await a.waitText('.my-group', '我开的团')
  await a.screenshot('mine-我的拼团')
  // nothing shipped before: the orders are confirmed now, with their deliveries
  const orders = await call('sale.order', 'read', [[orderA, orderB], ['state']])
  if (orders.some((o) => o.state !== 'sale')) throw new Error(`orders after success: ${JSON.stringify(orders)}`)
})

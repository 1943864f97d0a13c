// Sharing and referral rewards (issue #16) in headless Chromium on the H5
// build, against a real suite server and the WeChat simulator: a member
// shares a product (分享 → the share sheet, 生成海报 → the poster); a friend
// on another phone opens the shared link (the open is counted), logs in
// through it (registered as invited), buys it, pays on the simulator; the
// operator ships (JSON-RPC); the friend confirms receipt → both get their
// referral points: the inviter sees them in 邀请有礼 and the counts in 我的分享,
// the friend sees who invited them.
//
//   MALL_URL=http://127.0.0.1:8069 MALL_DB=mall_demo node e2e/share.mjs
import { BASE, call, log, newPhone, publicApi, rpcLogin, run, shipAsOperator, waitUntil } from './lib.mjs'

const INVITER_POINTS = 100
const INVITEE_POINTS = 50
const ADDRESS = {
  name: '李面面',
  phone: '13998765432',
  province: '浙江省',
  city: '杭州市',
  district: '西湖区',
  detail: '文三路 90 号',
  default: true,
}

/** A product with a variant in stock. */
async function productInStock() {
  for (const item of (await publicApi('/products?page_size=50')).items) {
    const product = await publicApi(`/products/${item.id}`)
    const variant = product.variants.find((v) => v.stock_state === 'in_stock')
    if (variant) return { product, variant }
  }
  throw new Error('no product is in stock')
}

await run(async () => {
  await rpcLogin()
  const [endpoint] = await call('ir.model.data', 'search_read', [
    [
      ['module', '=', 'mall_api'],
      ['name', '=', 'mall_api_endpoint'],
    ],
    ['res_id'],
  ])
  const [{ company_id: company }] = await call('fastapi.endpoint', 'read', [[endpoint.res_id], ['company_id']])
  log(`推荐奖励: ${INVITER_POINTS} 积分 for the inviter, ${INVITEE_POINTS} for the friend (JSON-RPC)`)
  await call('res.company', 'write', [
    [company[0]],
    {
      mall_share_invite_reward: 'points',
      mall_share_inviter_points: INVITER_POINTS,
      mall_share_invitee_points: INVITEE_POINTS,
      mall_share_register_points: 0,
    },
  ])
  const { product, variant } = await productInStock()

  // ---- the inviter shares the product
  const inviter = await newPhone()
  log(`open ${BASE}/mall/h5/`)
  await inviter.openShop()
  await inviter.openPage(`pages/product/detail?id=${product.id}`)
  await inviter.waitText('.product-title', product.name)
  log(`分享 ${product.name}`)
  await inviter.click('.share-entry')
  await inviter.waitText('.share-counts', '已有 0 人浏览')
  await inviter.screenshot('share-sheet-分享')
  log('生成海报')
  await inviter.click('.make-poster')
  await inviter.page.waitForFunction(
    () => {
      const img = document.querySelector('.share-poster img')
      return img && img.complete && img.naturalWidth === 750
    },
    { timeout: 60000 },
  )
  await inviter.screenshot('poster-海报')
  const shares = await inviter.api('/me/shares')
  const link = shares.items.find((s) => s.product_id === product.id && s.channel === 'link')
  if (!link) throw new Error('no link share after the share sheet')
  log(`the link: ${link.path}`)

  // ---- a friend opens the link on another phone, logs in through it, buys
  const friend = await newPhone({ stranger: true })
  await friend.page.goto(`${BASE}/mall/h5/#${link.path}`, { waitUntil: 'networkidle2' })
  await friend.waitText('.product-title', product.name)
  await waitUntil('the open counted', async () => (await inviter.api('/me/shares')).totals.opens === 1)
  await friend.screenshot('shared-link-好友打开')
  log('the friend logs in (the scene goes with the first login)')
  // to 我的 without reloading the app (a reload would forget the launch scene)
  await friend.page.evaluate(() => {
    window.location.hash = '#/pages/mine/index'
  })
  await friend.click('.login-btn')
  await friend.page.waitForSelector('.member-name', { visible: true })
  const invites = await inviter.api('/me/invites')
  if (invites.invited !== 1 || invites.items[0].state !== 'registered') {
    throw new Error(`invites after the friend's login: ${JSON.stringify(invites)}`)
  }
  const address = await friend.api('/addresses', { method: 'POST', body: ADDRESS })
  const response = await fetch(`${BASE}/mall/v1/orders`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await friend.token()}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': `share-e2e-${Date.now()}`,
    },
    body: JSON.stringify({ address_id: address.id, lines: [{ product_id: variant.id, qty: 1 }] }),
  })
  if (response.status !== 201) throw new Error(`POST /orders: ${response.status} ${await response.text()}`)
  const order = await response.json()
  log(`the friend's order ${order.name}: 支付 on the WeChat simulator`)
  await friend.openPage(`pages/order/pay?id=${order.id}`)
  await friend.payOnSimulator({ shotName: '' })
  await friend.waitText('.order-status', '待发货')

  log('the operator ships (JSON-RPC); the friend confirms receipt')
  await shipAsOperator(order.id)
  await friend.openPage(`pages/order/detail?id=${order.id}`)
  await friend.waitText('.order-status', '待收货')
  await friend.click('.receive-order')
  await friend.confirmModal()
  await friend.waitText('.order-status', '已完成')

  // ---- the rewards, once
  log('邀请有礼: the inviter rewarded')
  await inviter.openPage('pages/share/invite')
  await inviter.waitText('.invite-rule', `你得 ${INVITER_POINTS} 积分`)
  await inviter.waitText('.invitee', `已得 ${INVITER_POINTS} 积分`)
  await inviter.waitText('.invite-summary', '已奖励 1 人')
  await inviter.screenshot('invites-邀请有礼')
  const points = await inviter.api('/me/points')
  const rewards = points.items.filter((line) => line.kind === 'reward').map((line) => line.points)
  if (JSON.stringify(rewards) !== JSON.stringify([INVITER_POINTS])) throw new Error(`inviter's rewards ${rewards}`)

  log('我的分享: the counts')
  await inviter.openPage('pages/share/mine')
  await inviter.waitText('.share-total-registrations', '1')
  await inviter.waitText('.share-total-orders', '1')
  await inviter.waitText('.share-item', product.name)
  await inviter.screenshot('my-shares-我的分享')

  log('the friend: who invited them, and their reward')
  await friend.openPage('pages/share/invite')
  await friend.waitText('.invited-by', `已得 ${INVITEE_POINTS} 积分`)
  await friend.screenshot('invited-受邀奖励')
  const friendPoints = await friend.api('/me/points')
  const friendRewards = friendPoints.items.filter((line) => line.kind === 'reward').map((line) => line.points)
  if (JSON.stringify(friendRewards) !== JSON.stringify([INVITEE_POINTS])) throw new Error(`friend's rewards ${friendRewards}`)
})

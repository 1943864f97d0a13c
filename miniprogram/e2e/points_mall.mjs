// 实名认证 + 积分商城 in headless Chromium on the H5 build, against a real
// suite server and the WeChat simulator (its name + ID number service): the
// operator points the real-name check at the simulator and gives the shopper
// activity coins and points (wizards over JSON-RPC) → 我的 → 实名认证 (name and
// ID number, verified, shown masked) → 我的 → 积分商城 → a product → 立即兑换 →
// 确认兑换 (address, coins + points, no cash) → the order, paid, to ship; the
// balances went down by exactly the price.
//
//   MALL_URL=http://127.0.0.1:8069 MALL_DB=mall_demo node e2e/points_mall.mjs
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

/** The operator's wizard: `field` (coins or points) given to the member, with a reason. */
async function give(model, field, memberId, amount) {
  const wizard = await call(model, 'create', [{ partner_id: memberId, [field]: amount, reason: '积分商城体验赠送' }])
  await call(model, 'action_confirm', [[wizard]])
}

await run(async () => {
  const phone = await newPhone()
  const { page, api, click, openPage, openShop, screenshot, textOf, type, waitText } = phone
  await rpcLogin()
  await openShop()
  // 我的 → 登录（演示）: the H5 demo's login through the simulator
  await openPage('pages/mine/index')
  await page.waitForSelector('.login-btn, .member-name', { visible: true })
  if (await page.$('.login-btn')) await click('.login-btn')
  await waitUntil('the shopper logged in', () => page.evaluate(() => localStorage.getItem('mall_token')))

  // the operator: the real-name check is the simulator's (the WeChat one is its neighbour)
  const me = await api('/me')
  // the storefront's company (its endpoint's), pointed at this run's simulator
  const [ref] = await call('ir.model.data', 'search_read', [[['module', '=', 'mall_api'], ['name', '=', 'mall_api_endpoint']], ['res_id']])
  const [endpoint] = await call('fastapi.endpoint', 'read', [[ref.res_id], ['company_id']])
  const [company] = await call('res.company', 'read', [[endpoint.company_id[0]], ['wechat_mp_api_base_url']])
  await call('res.company', 'write', [[company.id], {
    mall_identity_provider: 'idv_http',
    mall_identity_api_url: company.wechat_mp_api_base_url,
    mall_identity_api_appcode: 'journey',
  }])
  const products = (await publicApi('/points-mall/products')).items.filter((p) => p.stock_state !== 'out_of_stock')
  if (!products.length) throw new Error('the points mall has no product in stock')
  const product = products[0]
  log(`the operator gives ${me.nickname} ${product.coins} coins and ${product.points + 5} points (JSON-RPC)`)
  await give('mall.coin.adjust', 'coins', me.id, product.coins)
  await give('mall.points.adjust', 'points', me.id, product.points + 5)
  await api('/addresses', {
    method: 'POST',
    body: { name: '鹿小鸣', phone: '13900139000', province: '吉林省', city: '长春市', district: '双阳区', detail: '鹿乡镇梅花鹿大街 8 号', default: true },
  })

  log('我的 → 实名认证')
  await openPage('pages/mine/index')
  await page.waitForSelector('.identity-entry', { visible: true })
  await screenshot('mine-我的')
  await click('.identity-entry')
  await page.waitForSelector('.identity-form', { visible: true })
  const number = newIdNumber()
  await type('.identity-name-input', '鹿小鸣')
  await type('.identity-number-input', number)
  await click('.agree')
  await screenshot('identity-实名认证-填写')
  await click('.identity-submit')
  await waitText('.identity-verified', '已实名')
  const masked = await textOf('.identity-number')
  if (masked !== `${number.slice(0, 4)}**********${number.slice(-4)}`) throw new Error(`masked ${masked}`)
  if (await page.evaluate((n) => document.body.innerText.includes(n), number)) throw new Error('the full ID number is on the page')
  await screenshot('identity-实名认证-已实名')
  log(`verified: ${await textOf('.identity-name')} ${masked}`)

  log('我的 → 积分商城')
  await openPage('pages/mine/index')
  await click('.points-mall-entry')
  await page.waitForSelector('.pm-item', { visible: true })
  await waitText('.pm-coins', String(product.coins))
  await screenshot('points-mall-积分商城')
  await phone.clickText('.pm-item', product.name)
  await waitText('.pm-detail-name', product.name)
  await waitText('.pm-detail-cost', `${product.coins} 活动币 + ${product.points} 积分`)
  await screenshot('points-mall-detail-兑换商品')
  await click('.pm-exchange')
  await waitText('.pm-need-coins', String(product.coins))
  await waitText('.pm-need-points', String(product.points))
  await waitText('.address-box', '鹿小鸣')
  await screenshot('points-mall-confirm-确认兑换')
  await click('.pm-confirm')

  await waitText('.order-status', '待发货')
  await waitText('.pm-paid', `${product.coins} 活动币 + ${product.points} 积分`)
  await screenshot('points-mall-order-兑换成功')
  const coins = await api('/me/coins')
  const points = await api('/me/points')
  if (coins.balance !== 0 || points.balance !== 5) throw new Error(`after the exchange: ${coins.balance} coins, ${points.balance} points`)
  log(`${BASE}: exchanged ${product.name} for ${product.coins} coins + ${product.points} points; left 0 coins, 5 points`)
})

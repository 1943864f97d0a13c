// The growth loop (issue #17) in headless Chromium on the H5 build, against a
// real suite server and the WeChat simulator's WeCom side: the operator
// (JSON-RPC) sets up WeCom, keeps the new-member campaign running, makes its
// poster and a contact-way QR code for clerk 张伟 of 南京东路店 → a customer
// adds the clerk in WeCom (the simulator POSTs the signed, encrypted
// add_external_contact callback) → the welcome message sent carries the
// mini-program card to the gift page → the phone opens that path (新人礼 with
// the contact way's scene), is logged in, sees the gift coupon in 我的优惠券 →
// orders a campaign product with it and pays → the operator sees the member
// attributed to that store and clerk and the order carrying both.
//
//   MALL_URL=http://127.0.0.1:8069 MALL_DB=mall_demo node e2e/growth.mjs
import { BASE, call, log, newPhone, publicApi, rpcLogin, run, waitUntil } from './lib.mjs'

const SUFFIX = Math.random().toString(36).slice(2, 8)
const CORPID = `ww${SUFFIX}growth`
const SECRET = `secret${SUFFIX}`.padEnd(32, '0')
const TOKEN = `token${SUFFIX}`
const AES_KEY = (SUFFIX + 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefgh').slice(0, 43)

/** The simulator's control API (the simulator the suite's WeChat settings point at). */
async function sim(base, method, path, body) {
  const response = await fetch(`${base}/_sim/${path}`, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!response.ok) throw new Error(`simulator ${method} ${path}: HTTP ${response.status} ${await response.text()}`)
  return response.json()
}

/** A campaign product with a variant in stock (else any product in stock). */
async function productInStock(campaign) {
  const candidates = campaign.products.map((p) => p.id)
  for (const category of (await publicApi('/categories')).items) {
    for (const item of (await publicApi(`/products?category_id=${category.id}&page_size=50`)).items) {
      if (!candidates.includes(item.id)) candidates.push(item.id)
    }
  }
  for (const id of candidates) {
    const product = await publicApi(`/products/${id}`)
    if (product.variants.some((v) => v.stock_state === 'in_stock')) return product
  }
  throw new Error('no product is in stock')
}

/** The operator's banner of the campaign (also the welcome card's picture), painted in the browser. */
async function paintBanner() {
  const { page } = await newPhone({ stranger: true })
  await page.setViewport({ width: 750, height: 300, deviceScaleFactor: 1 })
  await page.setContent(
    `<body style="margin:0"><div style="width:750px;height:300px;box-sizing:border-box;padding:56px 48px;color:#fff;
      background:linear-gradient(135deg,#e4393c,#ff7a45);font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif">
      <div style="font-size:56px;font-weight:bold">新人礼</div>
      <div style="font-size:34px;margin-top:18px">注册即送 5 元无门槛券 · 东北好米尝鲜</div></div></body>`,
  )
  const png = await page.screenshot({ type: 'png', encoding: 'base64' })
  await page.close()
  return png
}

await run(async () => {
  await rpcLogin()
  const [company] = await call('res.company', 'search_read', [[['wechat_mp_appid', '!=', false]], ['wechat_mp_appid', 'wechat_mp_api_base_url']], {
    limit: 1,
  })
  const simBase = company.wechat_mp_api_base_url.replace(/\/$/, '')

  log('the operator: WeCom settings, the corp at the simulator (JSON-RPC)')
  const [clerk] = await call('mall.clerk', 'search_read', [[['code', '=', 'C01']], ['name', 'store_id', 'wecom_userid']])
  if (!clerk) throw new Error('no demo clerk C01 (张伟)')
  await sim(simBase, 'POST', 'wecom/corps', {
    corpid: CORPID,
    secrets: [SECRET],
    token: TOKEN,
    encoding_aes_key: AES_KEY,
    callback_url: `${BASE}/wecom/callback/${company.id}`,
    users: [clerk.wecom_userid],
  })
  await call('res.company', 'write', [
    [company.id],
    {
      wecom_corp_id: CORPID,
      wecom_contact_secret: SECRET,
      wecom_callback_token: TOKEN,
      wecom_encoding_aes_key: AES_KEY,
      wecom_api_base_url: simBase,
      wecom_welcome_text: '欢迎光临米面小铺',
      wecom_welcome_mp_appid: company.wechat_mp_appid,
    },
  ])

  log('the new-member campaign runs (the only one), with its poster')
  const [campaignId] = await call('mall.campaign', 'search', [[['code', '=', 'NEW'], ['company_id', '=', company.id]]])
  if (!campaignId) throw new Error('no demo campaign NEW')
  const others = await call('mall.campaign', 'search', [[['kind', '=', 'new_member'], ['running', '=', true], ['id', '!=', campaignId]]])
  if (others.length) await call('mall.campaign', 'write', [others, { state: 'closed' }])
  await call('mall.campaign', 'write', [[campaignId], { state: 'published', date_to: false, banner: await paintBanner() }])
  await call('mall.campaign', 'action_generate_poster', [[campaignId]])
  const [campaignRow] = await call('mall.campaign', 'read', [[campaignId], ['name', 'poster_filename', 'coupon_id']])
  if (campaignRow.poster_filename !== 'poster-NEW.png') throw new Error(`poster: ${JSON.stringify(campaignRow)}`)
  const campaign = await publicApi(`/campaigns/${campaignId}`)

  log(`the contact-way QR code of clerk ${clerk.name} (${clerk.store_id[1]})`)
  const action = await call('mall.clerk', 'action_mall_wecom_way', [[clerk.id]])
  const [way] = await call('wecom.contact.way', 'read', [[action.res_id], ['state', 'config_id']])
  if (!way.config_id || !way.state) throw new Error(`contact way: ${JSON.stringify(way)}`)

  log(`a customer scans it and adds ${clerk.name} in WeCom: the callback`)
  const added = await sim(simBase, 'POST', 'wecom/add-contact', { corpid: CORPID, userid: clerk.wecom_userid, state: way.state, name: '鹿小鸣' })
  if (added.callback.status !== 200) throw new Error(`callback answered ${JSON.stringify(added.callback)}`)
  const event = await waitUntil('the welcome message sent', async () => {
    const rows = await call('wecom.event', 'search_read', [[['external_userid', '=', added.external_userid]], ['status', 'welcome_status']])
    return rows[0]?.status === 'processed' ? rows[0] : null
  })
  if (event.welcome_status !== 'sent') throw new Error(`welcome ${event.welcome_status}`)
  const send = (await sim(simBase, 'GET', 'wecom/welcome')).sends.find((s) => s.welcome_code === added.welcome_code)
  if (!send || send.errcode !== 0 || !send.within_window) throw new Error(`welcome send: ${JSON.stringify(send)}`)
  const card = send.payload.attachments.find((a) => a.msgtype === 'miniprogram').miniprogram
  log(`welcome: “${send.payload.text.content}” + card ${card.title} → ${card.page}`)
  if (!card.page.startsWith(`pages/campaign/gift?id=${campaignId}&scene=`)) throw new Error(`card page ${card.page}`)

  log('the customer taps the card: 新人礼 opens with the scene, logs in')
  const phone = await newPhone()
  const { page, api, click, currentQuery, openPage, payOnSimulator, screenshot, waitText } = phone
  await page.goto(`${BASE}/mall/h5/#/${card.page}`, { waitUntil: 'networkidle2' })
  await waitText('.campaign-name', campaign.name)
  await waitText('.gift-granted', '新人礼已放入「我的优惠券」')
  await screenshot('gift-新人礼')
  const member = await api('/me')
  const [partner] = await call('res.partner', 'read', [[member.id], ['mall_attr_source', 'mall_store_id', 'mall_clerk_id', 'mall_campaign_id']])
  log(`member ${member.id}: ${partner.mall_attr_source}, ${partner.mall_store_id[1]} / ${partner.mall_clerk_id[1]}`)
  if (partner.mall_attr_source !== 'clerk' || partner.mall_clerk_id[0] !== clerk.id || partner.mall_store_id[0] !== clerk.store_id[0]) {
    throw new Error(`attribution: ${JSON.stringify(partner)}`)
  }

  await click('.gift-mine')
  await waitText('.coupon-name', campaign.gift.name)
  await screenshot('coupons-我的优惠券')

  log('首页 → 活动 → 活动页 → a product → 加入购物车')
  await openPage('pages/index/index')
  await waitText('.campaign-entry', campaign.name)
  await screenshot('home-首页活动')
  const [other] = (await publicApi('/campaigns')).items.filter((c) => c.id !== campaignId)
  if (other) {
    await phone.clickText('.campaign-entry .campaign-title', other.name)
    await waitText('.campaign-name', other.name)
  }
  await openPage(`pages/campaign/detail?id=${campaignId}`)
  await waitText('.campaign-name', campaign.name)
  await page.waitForSelector('.product-card', { visible: true })
  await screenshot('campaign-活动页')
  const product = await productInStock(campaign)
  await openPage(`pages/product/detail?id=${product.id}`)
  await waitText('.product-title', product.name)
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

  log('购物车 → 确认订单 with the gift coupon')
  // the address through the API (the address page has its own journey)
  await api('/addresses', {
    method: 'POST',
    body: { name: '鹿小鸣', phone: '13900139017', province: '上海市', city: '上海市', district: '黄浦区', detail: '南京东路 300 号', default: true },
  })
  await click('.cart-entry')
  await page.waitForSelector('.cart-line', { visible: true })
  await click('.checkout')
  await waitText('.address-box', '鹿小鸣')
  await page.waitForSelector('.bottom-bar:not(.quoting) .order-total', { visible: true })
  await waitText('.coupon-discount', '5.00')
  await screenshot('confirm-确认订单-新人券')
  await click('.submit-order')

  log('支付 on the WeChat simulator')
  await page.waitForSelector('.pay-btn', { visible: true })
  const orderId = Number(await currentQuery('id'))
  await payOnSimulator()
  await waitText('.order-status', '待发货')
  await screenshot('order-paid-待发货')

  log('the operator: the order carries the store and the clerk; the coupon is used')
  const [sale] = await call('sale.order', 'read', [[orderId], ['name', 'state', 'mall_member_store_id', 'mall_member_clerk_id', 'amount_total']])
  if (sale.state !== 'sale' || sale.mall_member_store_id[0] !== clerk.store_id[0] || sale.mall_member_clerk_id[0] !== clerk.id) {
    throw new Error(`order: ${JSON.stringify(sale)}`)
  }
  const coupons = (await api('/me/coupons?state=used')).items
  if (!coupons.some((c) => c.coupon_id === campaign.gift.coupon_id)) throw new Error(`coupons: ${JSON.stringify(coupons)}`)
  log(`${sale.name} (¥${sale.amount_total}): ${sale.mall_member_store_id[1]} / ${sale.mall_member_clerk_id[1]}`)
})

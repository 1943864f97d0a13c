import { describe, expect, it, vi } from 'vitest'
import { cartTotals, clampQty, createCartStore } from '@/lib/cart'
import { autoCoupon, couponCodes, createCheckout, decodeLines, encodeLines, parseCoupons, typedCoupon } from '@/lib/checkout'
import { isChineseMobile, addressProblem } from '@/lib/validate'
import { ORDER_TABS, orderStateLabel, formatTime } from '@/lib/orders'

type Line = { id: number; qty: number; price_unit: number }
const cart = (lines: Line[]) => ({ lines, currency: 'CNY' })

describe('cart state', () => {
  it('totals quantities and amounts in fen', () => {
    expect(cartTotals(cart([{ id: 1, qty: 3, price_unit: 0.1 }, { id: 2, qty: 1, price_unit: 0.2 }]))).toEqual({
      count: 4,
      totalFen: 50,
    })
    expect(cartTotals(null)).toEqual({ count: 0, totalFen: 0 })
  })

  it('keeps quantities within 1–99', () => {
    expect(clampQty(0)).toBe(1)
    expect(clampQty(120)).toBe(99)
    expect(clampQty(2.6)).toBe(2)
    expect(clampQty(NaN)).toBe(1)
  })

  it('adds, changes and removes through the API and keeps the server cart', async () => {
    const api = {
      cart: vi.fn(async () => cart([])),
      addToCart: vi.fn(async (_p: number, qty: number) => cart([{ id: 10, qty, price_unit: 29.9 }])),
      setCartQty: vi.fn(async (id: number, qty: number) => cart([{ id, qty, price_unit: 29.9 }])),
      removeCartLine: vi.fn(async () => cart([])),
    }
    const store = createCartStore(api)
    await store.load()
    expect(store.totals().count).toBe(0)
    await store.add(108, 150)
    expect(api.addToCart).toHaveBeenCalledWith(108, 99)
    await store.setQty(10, 3)
    expect(store.totals()).toEqual({ count: 3, totalFen: 8970 })
    await store.setQty(10, 0)
    expect(api.removeCartLine).toHaveBeenCalledWith(10)
    expect(store.state.cart?.lines).toEqual([])
    expect(store.state.busy).toBe(false)
  })
})

describe('checkout state', () => {
  it('passes buy-now lines through the page query', () => {
    const lines = [{ product_id: 108, qty: 2 }, { product_id: 9, qty: 1 }]
    expect(encodeLines(lines)).toBe('108x2,9x1')
    expect(decodeLines('108x2,9x1')).toEqual(lines)
    expect(decodeLines(encodeURIComponent('108x2'))).toEqual([{ product_id: 108, qty: 2 }])
    expect(decodeLines('')).toBeUndefined()
    expect(decodeLines('abc')).toBeUndefined()
  })

  it('splits coupon codes', () => {
    expect(parseCoupons(' NEW10, vip，NEW10  ')).toEqual(['NEW10', 'vip'])
    expect(parseCoupons('a b c d e f')).toHaveLength(5)
  })

  it('quotes and places with the address, lines, coupons and note', async () => {
    const api = {
      quote: vi.fn(async () => ({ amount_total: 37.9 })),
      createOrder: vi.fn(async () => ({ id: 5 })),
    }
    let n = 0
    const checkout = createCheckout(api, [{ product_id: 108, qty: 1 }], () => `key-${++n}`)
    expect(await checkout.refreshQuote()).toBeNull()
    expect(api.quote).not.toHaveBeenCalled()
    await expect(checkout.place()).rejects.toThrow('请选择收货地址')
    checkout.state.addressId = 3
    checkout.state.couponText = 'NEW10'
    checkout.state.note = '  请尽快发货 '
    await checkout.refreshQuote()
    expect(api.quote).toHaveBeenCalledWith({
      address_id: 3,
      lines: [{ product_id: 108, qty: 1 }],
      coupon_codes: ['NEW10'],
      note: '请尽快发货',
    })
    expect(checkout.state.quote).toEqual({ amount_total: 37.9 })
    expect(await checkout.place()).toEqual({ id: 5 })
    expect(api.createOrder).toHaveBeenLastCalledWith(expect.objectContaining({ address_id: 3 }), 'key-1')
  })

  it('a retry of the same order reuses the Idempotency-Key; a changed order gets a new one', async () => {
    const api = {
      quote: vi.fn(),
      createOrder: vi.fn().mockRejectedValueOnce(new Error('network')).mockResolvedValue({ id: 5 }),
    }
    let n = 0
    const checkout = createCheckout(api, undefined, () => `key-${++n}`)
    checkout.state.addressId = 3
    await expect(checkout.place()).rejects.toThrow('network')
    await checkout.place()
    expect(api.createOrder.mock.calls.map((c) => c[1])).toEqual(['key-1', 'key-1'])
    expect(api.createOrder.mock.calls[0][0]).toEqual({ address_id: 3 })
    checkout.state.addressId = 4
    await checkout.place()
    expect(checkout.currentKey()).toBe('key-2')
  })

  it('sends the chosen coupon and use_points; points off are not sent', async () => {
    const api = { quote: vi.fn(async () => ({})), createOrder: vi.fn(async () => ({ id: 6 })) }
    const checkout = createCheckout(api, undefined, () => 'key')
    checkout.state.addressId = 3
    checkout.state.couponCode = '044c-bdcc-45f7'
    expect(checkout.body()).toEqual({ address_id: 3, coupon_codes: ['044c-bdcc-45f7'] })
    checkout.state.usePoints = true
    await checkout.refreshQuote()
    expect(api.quote).toHaveBeenLastCalledWith({ address_id: 3, coupon_codes: ['044c-bdcc-45f7'], use_points: true })
    await checkout.place()
    expect(api.createOrder).toHaveBeenLastCalledWith({ address_id: 3, coupon_codes: ['044c-bdcc-45f7'], use_points: true }, 'key')
  })

  it('switching points on or off after a failed attempt is a new order: a new Idempotency-Key', async () => {
    const api = {
      quote: vi.fn(),
      createOrder: vi.fn().mockRejectedValueOnce(new Error('network')).mockRejectedValueOnce(new Error('network')).mockResolvedValue({ id: 7 }),
    }
    let n = 0
    const checkout = createCheckout(api, undefined, () => `key-${++n}`)
    checkout.state.addressId = 3
    await expect(checkout.place()).rejects.toThrow('network')
    checkout.state.usePoints = true
    await expect(checkout.place()).rejects.toThrow('network')
    await checkout.place() // the retry of the same body keeps its key
    expect(api.createOrder.mock.calls.map((c) => [c[0].use_points, c[1]])).toEqual([
      [undefined, 'key-1'],
      [true, 'key-2'],
      [true, 'key-2'],
    ])
    checkout.state.usePoints = false
    await checkout.place()
    expect(checkout.currentKey()).toBe('key-3')
  })

  it('a double tap places one order', async () => {
    let resolve: (v: unknown) => void = () => undefined
    const api = { quote: vi.fn(), createOrder: vi.fn(() => new Promise((r) => (resolve = r))) }
    const checkout = createCheckout(api)
    checkout.state.addressId = 3
    const first = checkout.place()
    expect(await checkout.place()).toBeNull()
    resolve({ id: 1 })
    expect(await first).toEqual({ id: 1 })
    expect(api.createOrder).toHaveBeenCalledTimes(1)
  })
})

describe('addresses and orders', () => {
  it('checks Chinese mobile numbers', () => {
    expect(isChineseMobile('13800138000')).toBe(true)
    expect(isChineseMobile('138 0013 8000')).toBe(true)
    expect(isChineseMobile('12800138000')).toBe(false)
    expect(isChineseMobile('1380013800')).toBe(false)
    expect(isChineseMobile('+8613800138000')).toBe(false)
  })

  it('says the first problem of an address form', () => {
    const ok = { name: '王小二', phone: '13800138000', province: '上海市', city: '上海市', district: '', detail: '张杨路 1500 号' }
    expect(addressProblem(ok)).toBe('')
    expect(addressProblem({ ...ok, name: ' ' })).toBe('请填写收货人')
    expect(addressProblem({ ...ok, phone: '123' })).toBe('请填写正确的手机号码')
    expect(addressProblem({ ...ok, detail: '' })).toBe('请填写详细地址')
  })

  it('names the order tabs like WeChat malls', () => {
    expect(ORDER_TABS.map((t) => t.label)).toEqual(['全部', '待付款', '待发货', '待收货', '已完成', '售后'])
    expect(orderStateLabel('paid')).toBe('待发货')
    expect(orderStateLabel('shipped')).toBe('待收货')
  })

  it('formats API times', () => {
    expect(formatTime(null)).toBe('')
    expect(formatTime('2026-12-04T10:05:00Z')).toMatch(/^2026-12-0[45] \d\d:05$/)
  })
})

describe('the coupon the checkout applies by itself', () => {
  const coupons = [
    { code: 'A10', preselected: false },
    { code: 'B20', preselected: true },
  ]
  it('is the one the server preselected', () => {
    expect(autoCoupon(coupons, '')).toBe('B20')
  })
  it('never overrides what the shopper typed or chose', () => {
    expect(autoCoupon(coupons, 'A10')).toBe('')
    expect(autoCoupon(coupons, ' MYCODE ')).toBe('')
  })
  it('is none without usable coupons', () => {
    expect(autoCoupon([], '')).toBe('')
    expect(autoCoupon(undefined, '')).toBe('')
  })
})

describe('the listed coupon and the typed code', () => {
  const listed = [{ code: '044c-bdcc-45f7' }, { code: 'aa11-bb22-cc33' }]
  it('sends the chosen coupon, else the typed codes', () => {
    expect(couponCodes('044c-bdcc-45f7', '')).toEqual(['044c-bdcc-45f7'])
    expect(couponCodes('', 'NEW10, VIP5')).toEqual(['NEW10', 'VIP5'])
    expect(couponCodes('', '  ')).toEqual([])
  })
  it('a typed code of a listed coupon becomes the choice and leaves the input empty', () => {
    expect(typedCoupon(listed, ' aa11-bb22-cc33 ', '044c-bdcc-45f7')).toEqual({ chosen: 'aa11-bb22-cc33', typed: '' })
  })
  it('another typed code replaces the choice; an empty input keeps it', () => {
    expect(typedCoupon(listed, 'STORE8', '044c-bdcc-45f7')).toEqual({ chosen: '', typed: 'STORE8' })
    expect(typedCoupon(listed, '', '044c-bdcc-45f7')).toEqual({ chosen: '044c-bdcc-45f7', typed: '' })
    expect(typedCoupon(undefined, 'STORE8', '')).toEqual({ chosen: '', typed: 'STORE8' })
  })
})

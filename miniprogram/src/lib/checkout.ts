// 确认订单: what is ordered (the cart, or "buy now" lines), the address, coupons,
// points and note; the quote; placing the order once (one Idempotency-Key per attempt).
import { reactive } from 'vue'
import { newIdempotencyKey } from './request'

export interface BuyLine {
  product_id: number
  qty: number
}

export interface OrderBody {
  address_id: number
  lines?: BuyLine[]
  coupon_codes?: string[]
  use_points?: boolean
  note?: string
}

/** "buy now" lines in a page query: `12x2,13x1`. */
export function encodeLines(lines: BuyLine[]): string {
  return lines.map((l) => `${l.product_id}x${l.qty}`).join(',')
}

export function decodeLines(text: string | undefined | null): BuyLine[] | undefined {
  if (!text) return undefined
  const lines: BuyLine[] = []
  for (const part of decodeURIComponent(text).split(',')) {
    const match = /^(\d+)x(\d+)$/.exec(part.trim())
    if (!match) return undefined
    lines.push({ product_id: Number(match[1]), qty: Number(match[2]) })
  }
  return lines.length ? lines : undefined
}

/** Coupon codes typed by the shopper: split on spaces/commas, no duplicates, at most 5. */
export function parseCoupons(text: string): string[] {
  const codes = text
    .split(/[\s,，;；]+/)
    .map((c) => c.trim())
    .filter(Boolean)
  return [...new Set(codes)].slice(0, 5)
}

/**
 * The coupon codes an order sends: the listed coupon the shopper chose (or
 * the checkout applied), else the codes typed in the input. One or the other:
 * choosing a listed coupon empties the input, typing a code drops the choice.
 */
export function couponCodes(chosen: string, typed: string): string[] {
  const code = chosen.trim()
  if (code) return [code]
  return parseCoupons(typed)
}

/**
 * After the shopper typed in the coupon input: a code that is one of the
 * listed coupons becomes the choice (marked ✓, the input emptied); any other
 * text replaces the choice.
 */
export function typedCoupon(
  coupons: { code: string }[] | undefined,
  typed: string,
  chosen: string,
): { chosen: string; typed: string } {
  const codes = parseCoupons(typed)
  if (!codes.length) return { chosen, typed: '' }
  if (codes.length === 1 && coupons?.some((c) => c.code === codes[0])) return { chosen: codes[0], typed: '' }
  return { chosen: '', typed: typed.trim() }
}

/**
 * The coupon the checkout applies by itself: the one the server preselected
 * in the quote (the best for this order) — unless the shopper already chose
 * or typed one, or there is none.
 */
export function autoCoupon(
  coupons: { code: string; preselected: boolean }[] | undefined,
  couponText: string,
): string {
  if (couponText.trim()) return ''
  return coupons?.find((c) => c.preselected)?.code || ''
}

export interface CheckoutApi<Q, O> {
  quote: (body: OrderBody) => Promise<Q>
  createOrder: (body: OrderBody, idempotencyKey: string) => Promise<O>
}

export function createCheckout<Q, O>(api: CheckoutApi<Q, O>, lines?: BuyLine[], keyFactory = newIdempotencyKey) {
  const state = reactive({
    lines: lines as BuyLine[] | undefined,
    addressId: 0,
    couponText: '',
    couponCode: '',
    usePoints: false,
    note: '',
    quote: null as Q | null,
    quoting: false,
    placing: false,
  }) as {
    lines: BuyLine[] | undefined
    addressId: number
    /** Codes typed in the input. */
    couponText: string
    /** The listed coupon chosen (or applied by the checkout). */
    couponCode: string
    /** 积分抵扣: the shopper's switch (off by default). */
    usePoints: boolean
    note: string
    quote: Q | null
    quoting: boolean
    placing: boolean
  }
  let key = ''
  let keyBody = ''

  function body(): OrderBody {
    const result: OrderBody = { address_id: state.addressId }
    if (state.lines) result.lines = state.lines.map((l) => ({ ...l }))
    const coupons = couponCodes(state.couponCode, state.couponText)
    if (coupons.length) result.coupon_codes = coupons
    if (state.usePoints) result.use_points = true
    const note = state.note.trim()
    if (note) result.note = note.slice(0, 500)
    return result
  }

  return {
    state,
    body,
    ready: () => state.addressId > 0,
    async refreshQuote(): Promise<Q | null> {
      if (!state.addressId) {
        state.quote = null
        return null
      }
      state.quoting = true
      try {
        state.quote = await api.quote(body())
        return state.quote
      } finally {
        state.quoting = false
      }
    },
    /**
     * Place the order. A retry of the same order (network error, double tap)
     * sends the same Idempotency-Key, so the server makes one order; a
     * changed order gets a new key. Resolves to null while one is in flight.
     */
    async place(): Promise<O | null> {
      if (state.placing) return null
      if (!state.addressId) throw new Error('请选择收货地址')
      const current = body()
      const text = JSON.stringify(current)
      if (!key || text !== keyBody) {
        key = keyFactory()
        keyBody = text
      }
      state.placing = true
      try {
        return await api.createOrder(current, key)
      } finally {
        state.placing = false
      }
    },
    currentKey: () => key,
  }
}

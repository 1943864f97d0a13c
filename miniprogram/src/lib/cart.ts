// The cart's state: the server's cart (a draft order) plus totals in fen.
import { reactive } from 'vue'
import { lineFen, sumFen } from './money'

export interface CartLineLike {
  id: number
  qty: number
  price_unit: number
}

export interface CartLike<L extends CartLineLike = CartLineLike> {
  lines: L[]
  currency: string
}

export interface CartApi<C extends CartLike> {
  cart: () => Promise<C>
  addToCart: (productId: number, qty: number) => Promise<C>
  setCartQty: (lineId: number, qty: number) => Promise<C>
  removeCartLine: (lineId: number) => Promise<C>
}

export const LINE_MAX_QTY = 99

/** Number of items (sum of quantities) and the total in fen. */
export function cartTotals(cart: CartLike | null | undefined): { count: number; totalFen: number } {
  const lines = cart?.lines || []
  return {
    count: lines.reduce((n, l) => n + l.qty, 0),
    totalFen: sumFen(lines.map((l) => lineFen(l.price_unit, l.qty))),
  }
}

/** A quantity the API accepts (1–99). */
export function clampQty(qty: number): number {
  if (!Number.isFinite(qty)) return 1
  return Math.min(LINE_MAX_QTY, Math.max(1, Math.trunc(qty)))
}

export function createCartStore<C extends CartLike>(api: CartApi<C>) {
  const state = reactive({
    cart: null as C | null,
    loading: false,
    busy: false,
  }) as { cart: C | null; loading: boolean; busy: boolean }

  async function run(action: () => Promise<C>): Promise<C | null> {
    state.busy = true
    try {
      const cart = await action()
      state.cart = cart
      return cart
    } finally {
      state.busy = false
    }
  }

  return {
    state,
    totals: () => cartTotals(state.cart),
    async load() {
      state.loading = true
      try {
        state.cart = await api.cart()
      } finally {
        state.loading = false
      }
      return state.cart
    },
    add: (productId: number, qty: number) => run(() => api.addToCart(productId, clampQty(qty))),
    /** Change a line's quantity: 0 or less removes it, above 99 is 99. */
    setQty(lineId: number, qty: number) {
      if (qty < 1) return run(() => api.removeCartLine(lineId))
      return run(() => api.setCartQty(lineId, clampQty(qty)))
    },
    remove: (lineId: number) => run(() => api.removeCartLine(lineId)),
  }
}

// Coupon labels and the state tabs of 我的优惠券.
export type CouponTabState = 'usable' | 'used' | 'expired'

export const COUPON_TABS: { state: CouponTabState; label: string }[] = [
  { state: 'usable', label: '可使用' },
  { state: 'used', label: '已使用' },
  { state: 'expired', label: '已过期' },
]

export const CLAIM_REASON_LABELS: Record<string, string> = {
  sold_out: '已抢光',
  limit_reached: '已领取',
  not_new_member: '仅限新用户',
}

export const SCOPE_LABELS: Record<string, string> = {
  order: '全场通用',
  products: '指定商品可用',
  category: '指定分类可用',
}

/** The big figure of a coupon ticket: "¥10" for an amount off, "8.5折" for a percentage. */
export function couponFace(coupon: { kind: string; amount?: number | null; percent?: number | null }): string {
  if (coupon.kind === 'percent' && coupon.percent) {
    const rate = Math.round((100 - coupon.percent) * 10) / 100
    return `${rate}折`
  }
  const amount = coupon.amount ?? 0
  return `¥${Number.isInteger(amount) ? amount : amount.toFixed(2)}`
}

/** What the button of a center coupon says. */
export function claimLabel(coupon: { can_claim: boolean; reason?: string | null; claimed: number }): string {
  if (coupon.can_claim) return coupon.claimed ? '再领一张' : '立即领取'
  return CLAIM_REASON_LABELS[coupon.reason || ''] || '不可领取'
}

/** "有效期至 2026-12-31" or "领取后 7 天内有效". */
export function validityText(coupon: {
  valid_to?: string | null
  validity_days?: number | null
  expires_on?: string | null
}): string {
  if (coupon.expires_on) return `有效期至 ${coupon.expires_on}`
  if (coupon.validity_days) return `领取后 ${coupon.validity_days} 天内有效`
  if (coupon.valid_to) return `有效期至 ${coupon.valid_to}`
  return ''
}

import { describe, expect, it } from 'vitest'
import { claimLabel, couponFace, validityText } from '@/lib/coupons'

describe('coupon tickets', () => {
  it('shows an amount off in yuan and a percentage as 折', () => {
    expect(couponFace({ kind: 'threshold', amount: 10 })).toBe('¥10')
    expect(couponFace({ kind: 'no_threshold', amount: 2.5 })).toBe('¥2.50')
    expect(couponFace({ kind: 'percent', percent: 15 })).toBe('8.5折')
    expect(couponFace({ kind: 'percent', percent: 10 })).toBe('9折')
  })

  it('says why a center coupon cannot be claimed', () => {
    expect(claimLabel({ can_claim: true, claimed: 0 })).toBe('立即领取')
    expect(claimLabel({ can_claim: true, claimed: 1 })).toBe('再领一张')
    expect(claimLabel({ can_claim: false, reason: 'sold_out', claimed: 0 })).toBe('已抢光')
    expect(claimLabel({ can_claim: false, reason: 'limit_reached', claimed: 1 })).toBe('已领取')
    expect(claimLabel({ can_claim: false, reason: 'not_new_member', claimed: 0 })).toBe('仅限新用户')
  })

  it('tells the validity: the member coupon its own end, the center coupon its rule', () => {
    expect(validityText({ expires_on: '2026-12-31', validity_days: 7 })).toBe('有效期至 2026-12-31')
    expect(validityText({ validity_days: 7, valid_to: '2027-01-31' })).toBe('领取后 7 天内有效')
    expect(validityText({ valid_to: '2027-01-31' })).toBe('有效期至 2027-01-31')
  })
})

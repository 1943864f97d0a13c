import { describe, expect, it } from 'vitest'
import { campaignCodeOf, campaignPeriod, campaignTarget, giftCouponOf } from '@/lib/campaign'

describe('the campaign a page is opened for', () => {
  it('is its id, else the code of the poster scene', () => {
    expect(campaignTarget({ id: '7', scene: 'm=NEW1' })).toEqual({ id: 7, code: '' })
    expect(campaignTarget({ scene: encodeURIComponent('m=NEW1&s=NJL') })).toEqual({ id: 0, code: 'NEW1' })
    expect(campaignTarget({ scene: 'clerk_qr:ZS01' })).toEqual({ id: 0, code: '' })
    expect(campaignTarget({ id: '-1' })).toEqual({ id: 0, code: '' })
    expect(campaignTarget(undefined)).toEqual({ id: 0, code: '' })
  })
  it('reads only a valid code', () => {
    expect(campaignCodeOf('s=NJL&m=SPRING_24')).toBe('SPRING_24')
    expect(campaignCodeOf('m=有中文')).toBe('')
    expect(campaignCodeOf('m=' + 'A'.repeat(17))).toBe('')
  })
})

describe('what the campaign pages say', () => {
  it('the period, in local time', () => {
    expect(campaignPeriod({ date_from: '2026-12-01T02:00:00Z' })).toMatch(/^12月1日起，长期有效$/)
    expect(campaignPeriod({ date_from: '2026-12-01T02:00:00', date_to: '2026-12-31T04:30:00+00:00' })).toMatch(
      /^活动时间：12月1日 - 12月31日 \d\d:30$/,
    )
  })
  it('finds the gift among the coupons', () => {
    const coupons = [{ coupon_id: 3, code: 'A' }, { coupon_id: 9, code: 'B' }]
    expect(giftCouponOf(coupons, 9)?.code).toBe('B')
    expect(giftCouponOf(coupons, 4)).toBeUndefined()
    expect(giftCouponOf(coupons, null)).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { countsText, inviteRuleText, launchScene, parseScene, productIdOf, rewardText } from '@/lib/share'

describe('the share scene', () => {
  it('reads the sharer, the product and the share', () => {
    expect(parseScene('u=K7Q2M9XA&p=12&h=5')).toEqual({ sharer: 'K7Q2M9XA', product: 12, share: 5 })
  })
  it('drops what breaks the grammar and never throws', () => {
    expect(parseScene('p=abc&u=A%B&x=1&h=0')).toEqual({})
    expect(parseScene('u=' + 'A'.repeat(40))).toEqual({})
    expect(parseScene(undefined)).toEqual({})
    expect(parseScene('store_qr:S01')).toEqual({})
  })
  it('is URL-decoded from the launch query, and gives the product of a poster', () => {
    const query = { scene: encodeURIComponent('u=K7Q2M9XA&p=12&h=5') }
    expect(launchScene(query)).toBe('u=K7Q2M9XA&p=12&h=5')
    expect(productIdOf(query)).toBe(12)
    expect(productIdOf({ id: '7', scene: query.scene })).toBe(7)
    expect(launchScene({ scene: '%E0%A4%A' })).toBe('%E0%A4%A')
  })
})

describe('what the share pages say', () => {
  it('counts and rules', () => {
    expect(countsText({ opens: 3, registrations: 1, orders: 2 })).toBe('浏览 3 · 注册 1 · 下单 2')
    expect(inviteRuleText({ kind: 'points', inviter: '100 积分', invitee: '50 积分' })).toBe(
      '好友通过你的邀请注册，首单确认收货后：你得 100 积分，好友得 50 积分',
    )
    expect(inviteRuleText({ kind: 'none' })).toBe('邀请好友来逛逛吧')
  })
  it('an invitation waiting, rewarded, failed', () => {
    expect(rewardText({ state: 'registered' })).toBe('待首单收货')
    expect(rewardText({ state: 'rewarded', reward_state: 'given', reward: '100 积分' })).toBe('已得 100 积分')
    expect(rewardText({ state: 'rewarded', reward_state: 'failed' })).toBe('奖励发放失败，请联系客服')
    expect(rewardText({ state: 'rewarded', reward_state: 'none' })).toBe('已奖励')
    expect(rewardText({ state: 'taken_back', reward_state: 'taken_back', reward: '已收回 100 积分' })).toBe(
      '首单已退款，奖励已收回',
    )
    expect(rewardText({ state: 'taken_back', reward_state: 'kept' })).toBe('首单已退款，已使用的奖励不再收回')
  })
})

import { describe, expect, it } from 'vitest'
import {
  expiringText,
  formatPoints,
  levelName,
  levelProgressPercent,
  levelProgressText,
  pointsClass,
  pointsKindLabel,
  pointValueText,
} from '@/lib/member'

describe('the member card', () => {
  const silver = {
    level: { id: 2, name: '银卡会员' },
    growth_value: 1200,
    next_level: { name: '金卡会员', growth_min: 5000 },
    growth_to_next: 3800,
  }

  it('names the level, 普通会员 without one', () => {
    expect(levelName(silver)).toBe('银卡会员')
    expect(levelName({ level: null })).toBe('普通会员')
    expect(levelName(null)).toBe('普通会员')
  })

  it('says what is missing for the next level', () => {
    expect(levelProgressText(silver)).toBe('成长值 1200，再消费 3800 升级金卡会员')
    // without growth_to_next: from the next level's threshold
    expect(levelProgressText({ growth_value: 300, next_level: { name: '银卡会员', growth_min: 1000 } })).toBe(
      '成长值 300，再消费 700 升级银卡会员',
    )
  })

  it('says so at the top level', () => {
    expect(levelProgressText({ level: { name: '黑卡会员' }, growth_value: 25000, next_level: null })).toBe('成长值 25000，已是最高等级')
    expect(levelProgressText({ level: null, growth_value: 0 })).toBe('成长值 0')
  })

  it('fills the progress bar towards the next level', () => {
    expect(levelProgressPercent(silver)).toBe(24)
    expect(levelProgressPercent({ growth_value: 9000, next_level: { name: 'x', growth_min: 5000 } })).toBe(100)
    expect(levelProgressPercent({ growth_value: 25000, next_level: null })).toBe(100)
  })
})

describe('the points ledger', () => {
  it('labels every kind in Chinese', () => {
    expect(['earn', 'spend', 'refund', 'reverse', 'expire', 'adjust', 'reward'].map(pointsKindLabel)).toEqual([
      '消费获得',
      '积分抵扣',
      '退回',
      '扣回',
      '过期',
      '调整',
      '奖励',
    ])
    expect(pointsKindLabel('unknown')).toBe('unknown')
  })

  it('signs the amounts and colours gains and losses', () => {
    expect(formatPoints(12)).toBe('+12')
    expect(formatPoints(-100)).toBe('-100')
    expect(formatPoints(0)).toBe('0')
    expect([pointsClass(3), pointsClass(-3), pointsClass(0)]).toEqual(['plus', 'minus', ''])
  })

  it('tells the value of a point and what expires', () => {
    expect(pointValueText(1)).toBe('1 积分 = ¥1.00')
    expect(pointValueText(0.01)).toBe('1 积分 = ¥0.01')
    expect(pointValueText(0.1)).toBe('1 积分 = ¥0.10')
    expect(expiringText(120, '2026-12-31')).toBe('120 积分将于 2026-12-31 过期')
    expect(expiringText(5, null)).toBe('5 积分即将过期')
    expect(expiringText(0, '2026-12-31')).toBe('')
  })
})

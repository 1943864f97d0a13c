import { describe, expect, it } from 'vitest'
import { buyLabel, clockOffset, flashErrorMessage, formatCountdown, msUntil, statusNow, takenPercent } from '@/lib/flash'

describe('flash sales: countdowns on the server clock', () => {
  const phone = Date.parse('2026-12-05T10:00:00Z')

  it('measures how far the phone clock is from the server', () => {
    expect(clockOffset('2026-12-05T10:00:30Z', phone)).toBe(30_000)
    expect(clockOffset('2026-12-05T09:59:00+00:00', phone)).toBe(-60_000)
    expect(clockOffset('not a date', phone)).toBe(0)
  })

  it('counts down to the end on the server clock, never below zero', () => {
    // the server is 30 s ahead: 1 minute left on the phone is 30 s on the server
    const offset = 30_000
    expect(msUntil('2026-12-05T10:01:00Z', offset, phone)).toBe(30_000)
    expect(msUntil('2026-12-05T09:00:00Z', offset, phone)).toBe(0)
  })

  it('formats the countdown', () => {
    expect(formatCountdown(0)).toBe('00:00:00')
    expect(formatCountdown(59_999)).toBe('00:00:59')
    expect(formatCountdown(3_723_000)).toBe('01:02:03')
    expect(formatCountdown(2 * 86_400_000 + 5_000)).toBe('2天 00:00:05')
  })

  it('knows whether a sale runs now', () => {
    const sale = { starts_at: '2026-12-05T10:00:10Z', ends_at: '2026-12-05T11:00:00Z' }
    expect(statusNow(sale, 0, phone)).toBe('upcoming')
    expect(statusNow(sale, 10_000, phone)).toBe('running')
    expect(statusNow(sale, 3_600_000, phone)).toBe('ended')
  })

  it('labels the buy button', () => {
    expect(buyLabel('running', 3)).toEqual({ text: '马上抢', enabled: true })
    expect(buyLabel('running', 0)).toEqual({ text: '已抢光', enabled: false })
    expect(buyLabel('upcoming', 3)).toEqual({ text: '即将开抢', enabled: false })
    expect(buyLabel('ended', 3)).toEqual({ text: '已结束', enabled: false })
  })

  it('shows the share taken and the reason of a refusal', () => {
    expect(takenPercent(20, 5)).toBe(75)
    expect(takenPercent(20, 20)).toBe(0)
    expect(takenPercent(0, 0)).toBe(100)
    expect(flashErrorMessage('flash_sold_out')).toBe('手慢了，已抢光')
    expect(flashErrorMessage('flash_limit_reached')).toBe('已达每人限购数量')
    expect(flashErrorMessage('other', '抢购失败')).toBe('抢购失败')
  })
})

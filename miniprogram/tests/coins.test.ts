import { describe, expect, it } from 'vitest'
import { coinKindLabel, countdownText, formatCoins, msLeft, nextExpiryText } from '@/lib/coins'

describe('activity coins', () => {
  it('labels the ledger', () => {
    expect(coinKindLabel('earn')).toBe('获得')
    expect(coinKindLabel('expire')).toBe('过期')
    expect(coinKindLabel('give_back')).toBe('退还')
    expect(coinKindLabel('something')).toBe('something')
    expect(formatCoins(1)).toBe('+1')
    expect(formatCoins(-2)).toBe('-2')
    expect(formatCoins(0)).toBe('0')
  })

  it('counts down by the server clock, whatever the phone says', () => {
    const server = '2026-05-14T08:00:00Z'
    const expires = '2026-05-16T08:00:00Z' // 48 hours later
    // the phone is 3 hours ahead: the server's time still rules
    const loadedAt = Date.parse('2026-05-14T11:00:00Z')
    expect(msLeft(expires, server, loadedAt, loadedAt)).toBe(48 * 3600 * 1000)
    expect(countdownText(msLeft(expires, server, loadedAt, loadedAt + 1000))).toBe('47:59:59')
    // naive times are UTC
    expect(msLeft('2026-05-14T09:00:00', '2026-05-14T08:00:00', 0, 0)).toBe(3600 * 1000)
    // never below zero
    expect(msLeft(expires, server, loadedAt, loadedAt + 49 * 3600 * 1000)).toBe(0)
    expect(countdownText(0)).toBe('00:00:00')
  })

  it('says what expires next', () => {
    expect(nextExpiryText(2, 3661 * 1000)).toBe('2 个活动币将在 01:01:01 后过期')
    expect(nextExpiryText(1, 0)).toBe('1 个活动币已过期')
    expect(nextExpiryText(0, 1000)).toBe('')
    expect(nextExpiryText(null, 1000)).toBe('')
  })
})

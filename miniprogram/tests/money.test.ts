import { describe, expect, it } from 'vitest'
import { formatFen, formatPrice, lineFen, sumFen, toFen, yuan } from '@/lib/money'

describe('money: fen and yuan', () => {
  it('converts yuan floats to integer fen without float drift', () => {
    expect(toFen(0.1)).toBe(10)
    expect(toFen(0.1 + 0.2)).toBe(30)
    expect(toFen(29.9)).toBe(2990)
    expect(toFen(1.005)).toBe(101)
    expect(toFen(143.9)).toBe(14390)
    expect(toFen(19.99)).toBe(1999)
    expect(toFen(-5.5)).toBe(-550)
    expect(toFen(0)).toBe(0)
    expect(toFen(undefined)).toBe(0)
    expect(toFen(NaN)).toBe(0)
  })

  it('formats fen as yuan with two decimals', () => {
    expect(formatFen(0)).toBe('0.00')
    expect(formatFen(5)).toBe('0.05')
    expect(formatFen(2990)).toBe('29.90')
    expect(formatFen(100000)).toBe('1000.00')
    expect(formatFen(-550)).toBe('-5.50')
    expect(formatPrice(1999)).toBe('¥19.99')
    expect(formatPrice(-550)).toBe('-¥5.50')
    expect(yuan(16.9)).toBe('¥16.90')
  })

  it('sums lines in fen: ¥0.10 + ¥0.20 is ¥0.30, not 0.30000000000000004', () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(formatPrice(sumFen([lineFen(0.1, 1), lineFen(0.2, 1)]))).toBe('¥0.30')
    expect(sumFen([lineFen(0.1, 3), lineFen(0.2, 1)])).toBe(50)
    expect(formatPrice(sumFen([lineFen(16.9, 3), lineFen(31.9, 1)]))).toBe('¥82.60')
    expect(lineFen(29.9, 0)).toBe(0)
    expect(lineFen(29.9, 2.7)).toBe(5980)
  })

  it('never drifts over many additions', () => {
    const lines = Array.from({ length: 1000 }, () => lineFen(0.01, 1))
    expect(formatFen(sumFen(lines))).toBe('10.00')
  })
})

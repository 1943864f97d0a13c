import { describe, expect, it } from 'vitest'
import {
  candidates,
  dimensions,
  initialSelection,
  pick,
  priceRange,
  selectedVariant,
  selectionText,
  STOCK_LABELS,
  valueState,
  type SkuVariant,
} from '@/lib/sku'

function v(id: number, attrs: Record<string, string>, price: number, stock: SkuVariant['stock_state'] = 'in_stock'): SkuVariant {
  return {
    id,
    name: Object.values(attrs).join(' '),
    attributes: Object.entries(attrs).map(([attribute, value]) => ({ attribute, value })),
    price,
    stock_state: stock,
    image_url: '',
  }
}

// 2 × 3 grid with a hole: 10kg 礼盒装 does not exist; 5kg 真空装 is sold out
const RICE = [
  v(1, { 规格: '2.5kg', 包装: '袋装' }, 29.9),
  v(2, { 规格: '2.5kg', 包装: '真空装' }, 32.9, 'low'),
  v(3, { 规格: '5kg', 包装: '袋装' }, 55.9),
  v(4, { 规格: '5kg', 包装: '真空装' }, 59.9, 'out_of_stock'),
  v(5, { 规格: '10kg', 包装: '袋装' }, 99.9),
  v(6, { 规格: '2.5kg', 包装: '礼盒装' }, 68),
]

describe('规格 picker', () => {
  it('lists the dimensions and values in the order of the variants', () => {
    expect(dimensions(RICE)).toEqual([
      { name: '规格', values: ['2.5kg', '5kg', '10kg'] },
      { name: '包装', values: ['袋装', '真空装', '礼盒装'] },
    ])
    expect(dimensions([v(9, {}, 10)])).toEqual([])
  })

  it('knows which combinations exist and which are sold out', () => {
    const sel = { 规格: '10kg' }
    expect(valueState(RICE, sel, '包装', '袋装')).toBe('available')
    expect(valueState(RICE, sel, '包装', '真空装')).toBe('missing')
    expect(valueState(RICE, sel, '包装', '礼盒装')).toBe('missing')
    expect(valueState(RICE, { 规格: '5kg' }, '包装', '真空装')).toBe('sold_out')
    // nothing chosen yet: a value is available when any of its variants is in stock
    expect(valueState(RICE, {}, '规格', '5kg')).toBe('available')
    expect(valueState(RICE, {}, '包装', '礼盒装')).toBe('available')
    // changing a dimension looks past the current choice of that same dimension
    expect(valueState(RICE, { 规格: '10kg', 包装: '袋装' }, '规格', '2.5kg')).toBe('available')
    expect(valueState(RICE, { 包装: '真空装' }, '规格', '10kg')).toBe('missing')
  })

  it('gives the variant of a complete choice, its price and stock', () => {
    expect(selectedVariant(RICE, { 规格: '2.5kg' })).toBeUndefined()
    const chosen = selectedVariant(RICE, { 规格: '2.5kg', 包装: '真空装' })
    expect(chosen?.id).toBe(2)
    expect(chosen?.price).toBe(32.9)
    expect(STOCK_LABELS[chosen!.stock_state]).toBe('库存紧张')
    expect(STOCK_LABELS[selectedVariant(RICE, { 规格: '5kg', 包装: '真空装' })!.stock_state]).toBe('已售罄')
    // a product without attributes: its one variant
    expect(selectedVariant([v(9, {}, 10)], {})?.id).toBe(9)
  })

  it('picks, unpicks, and restarts when a choice leaves no variant', () => {
    let sel = pick(RICE, {}, '规格', '2.5kg')
    expect(sel).toEqual({ 规格: '2.5kg' })
    sel = pick(RICE, sel, '包装', '礼盒装')
    expect(selectedVariant(RICE, sel)?.id).toBe(6)
    // 10kg 礼盒装 does not exist: keep 10kg, drop the package
    sel = pick(RICE, sel, '规格', '10kg')
    expect(sel).toEqual({ 规格: '10kg' })
    // picking the chosen value again clears it
    expect(pick(RICE, sel, '规格', '10kg')).toEqual({ 规格: undefined })
    expect(candidates(RICE, { 规格: undefined }).length).toBe(6)
  })

  it('opens on the first variant in stock', () => {
    const soldOutFirst = [v(1, { 规格: '1kg' }, 10, 'out_of_stock'), v(2, { 规格: '2kg' }, 19)]
    expect(initialSelection(soldOutFirst)).toEqual({ 规格: '2kg' })
    expect(initialSelection([v(1, { 规格: '1kg' }, 10, 'out_of_stock')])).toEqual({})
  })

  it('shows the price range of what is still possible, in fen', () => {
    expect(priceRange(RICE, {})).toEqual([2990, 9990])
    expect(priceRange(RICE, { 规格: '2.5kg' })).toEqual([2990, 6800])
    expect(priceRange(RICE, { 规格: '5kg', 包装: '袋装' })).toEqual([5590, 5590])
    expect(priceRange(RICE, { 规格: '10kg', 包装: '真空装' })).toBeUndefined()
  })

  it('describes the selection in Chinese', () => {
    expect(selectionText(RICE, {})).toBe('请选择 规格 包装')
    expect(selectionText(RICE, { 规格: '5kg' })).toBe('请选择 包装')
    expect(selectionText(RICE, { 规格: '5kg', 包装: '袋装' })).toBe('5kg，袋装')
  })
})

// The 规格 picker: which attribute values a shopper may pick, given the
// variants that exist and their stock, and which variant a full choice is.

export type StockState = 'in_stock' | 'low' | 'out_of_stock'

export interface SkuVariant {
  id: number
  name: string
  attributes: { attribute: string; value: string }[]
  price: number
  /** the member's price, when it differs (logged-in member of a level with member prices) */
  member_price?: number | null
  stock_state: StockState
  image_url: string
}

export interface SkuDimension {
  name: string
  values: string[]
}

export type SkuSelection = Record<string, string | undefined>

export const STOCK_LABELS: Record<StockState, string> = {
  in_stock: '有货',
  low: '库存紧张',
  out_of_stock: '已售罄',
}

/** The dimensions (e.g. 规格: 5kg / 10kg) in the order the variants list them. */
export function dimensions(variants: SkuVariant[]): SkuDimension[] {
  const dims: SkuDimension[] = []
  for (const variant of variants) {
    for (const { attribute, value } of variant.attributes) {
      let dim = dims.find((d) => d.name === attribute)
      if (!dim) {
        dim = { name: attribute, values: [] }
        dims.push(dim)
      }
      if (!dim.values.includes(value)) dim.values.push(value)
    }
  }
  return dims
}

function valueOf(variant: SkuVariant, attribute: string): string | undefined {
  return variant.attributes.find((a) => a.attribute === attribute)?.value
}

function matches(variant: SkuVariant, selection: SkuSelection, except?: string): boolean {
  return Object.entries(selection).every(
    ([attribute, value]) => attribute === except || value === undefined || valueOf(variant, attribute) === value,
  )
}

/** The variants compatible with a (partial) selection. */
export function candidates(variants: SkuVariant[], selection: SkuSelection): SkuVariant[] {
  return variants.filter((v) => matches(v, selection))
}

export type ValueState = 'available' | 'sold_out' | 'missing'

/**
 * What picking `value` for `attribute` would give, with the other choices kept:
 * `missing` when no such variant exists, `sold_out` when all of them are out of stock.
 */
export function valueState(
  variants: SkuVariant[],
  selection: SkuSelection,
  attribute: string,
  value: string,
): ValueState {
  const found = variants.filter((v) => matches(v, selection, attribute) && valueOf(v, attribute) === value)
  if (!found.length) return 'missing'
  return found.some((v) => v.stock_state !== 'out_of_stock') ? 'available' : 'sold_out'
}

/** The variant a complete selection names (a product without attributes: its only variant). */
export function selectedVariant(variants: SkuVariant[], selection: SkuSelection): SkuVariant | undefined {
  const dims = dimensions(variants)
  if (!dims.length) return variants.length === 1 ? variants[0] : undefined
  if (dims.some((d) => selection[d.name] === undefined)) return undefined
  return variants.find((v) => matches(v, selection))
}

/** Toggle a value: picking the chosen value again clears it; a choice that leaves no variant clears the others. */
export function pick(variants: SkuVariant[], selection: SkuSelection, attribute: string, value: string): SkuSelection {
  if (selection[attribute] === value) return { ...selection, [attribute]: undefined }
  const next: SkuSelection = { ...selection, [attribute]: value }
  if (candidates(variants, next).length) return next
  return { [attribute]: value }
}

/** A first selection: the first variant in stock (else none), so the sheet opens on something buyable. */
export function initialSelection(variants: SkuVariant[]): SkuSelection {
  const first = variants.find((v) => v.stock_state !== 'out_of_stock')
  if (!first) return {}
  return Object.fromEntries(first.attributes.map((a) => [a.attribute, a.value]))
}

/** Lowest and highest price (fen) of the variants compatible with the selection. */
export function priceRange(variants: SkuVariant[], selection: SkuSelection): [number, number] | undefined {
  const found = candidates(variants, selection)
  if (!found.length) return undefined
  const fens = found.map((v) => Math.round(Number((v.price * 100).toPrecision(12))))
  return [Math.min(...fens), Math.max(...fens)]
}

/** "规格: 5kg" text of the selection, or what is still to choose. */
export function selectionText(variants: SkuVariant[], selection: SkuSelection): string {
  const dims = dimensions(variants)
  const missing = dims.filter((d) => selection[d.name] === undefined).map((d) => d.name)
  if (missing.length) return `请选择 ${missing.join(' ')}`
  return dims.map((d) => selection[d.name]).join('，')
}

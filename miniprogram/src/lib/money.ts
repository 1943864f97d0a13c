// Prices travel as yuan floats in the API (`price`, `amount_total`); the
// client does its sums in integer fen so that 0.1 + 0.2 never shows 0.30000000000000004.

/** Yuan (API float) → integer fen, rounded half away from zero at the fen. */
export function toFen(yuan: number | null | undefined): number {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return 0
  // toFixed(2) on the yuan first removes the binary noise (1.005 → "1.01" is not
  // guaranteed, so round through a string with enough digits)
  const sign = yuan < 0 ? -1 : 1
  const fen = Math.round(Number((Math.abs(yuan) * 100).toPrecision(12)))
  return sign * fen
}

/** Integer fen → "12.50" (no currency sign). */
export function formatFen(fen: number): string {
  const value = Math.round(fen)
  const sign = value < 0 ? '-' : ''
  const abs = Math.abs(value)
  const yuan = Math.floor(abs / 100)
  const cents = abs % 100
  return `${sign}${yuan}.${cents < 10 ? '0' : ''}${cents}`
}

/** Integer fen → "¥12.50". */
export function formatPrice(fen: number): string {
  const text = formatFen(fen)
  return text.startsWith('-') ? `-¥${text.slice(1)}` : `¥${text}`
}

/** API yuan float → "¥12.50". */
export function yuan(value: number | null | undefined): string {
  return formatPrice(toFen(value))
}

/** Unit price (yuan) × quantity, in fen. */
export function lineFen(priceUnit: number, qty: number): number {
  return toFen(priceUnit) * Math.max(0, Math.trunc(qty))
}

/** Sum of fen amounts. */
export function sumFen(values: number[]): number {
  return values.reduce((total, value) => total + Math.round(value), 0)
}

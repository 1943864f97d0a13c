// 活动币: the ledger's labels and the countdown to the next expiry.
import { formatHours, parseTime } from './clock'

export type CoinKind = 'earn' | 'spend' | 'expire' | 'give_back' | 'reverse' | 'adjust'

export const COIN_KIND_LABELS: Record<CoinKind, string> = {
  earn: '获得',
  spend: '使用',
  expire: '过期',
  give_back: '退还',
  reverse: '扣回',
  adjust: '调整',
}

export function coinKindLabel(kind: string): string {
  return COIN_KIND_LABELS[kind as CoinKind] || kind
}

/** Signed coins as the ledger shows them: "+1", "-2", "0". */
export function formatCoins(coins: number): string {
  const value = Math.trunc(coins)
  return value > 0 ? `+${value}` : String(value)
}

/**
 * Milliseconds left until ``expiresAt`` by the server's clock: the server's
 * time when the page was loaded (``serverTime``, read at ``loadedAt`` on this
 * device) plus what this device has counted since (``now``). A phone whose
 * clock is wrong still counts down right.
 */
export function msLeft(expiresAt: string, serverTime: string, loadedAt: number, now: number): number {
  const left = parseTime(expiresAt) - (parseTime(serverTime) + (now - loadedAt))
  return Number.isNaN(left) ? 0 : Math.max(0, left)
}

/** "47:59:59" (hours may pass 24: a coin lives 48 hours); "00:00:00" at the end. */
export const countdownText = formatHours

/** "1 个活动币将在 47:59:59 后过期", or '' without coins. */
export function nextExpiryText(coins: number | null | undefined, ms: number): string {
  if (!coins || coins <= 0) return ''
  return ms > 0 ? `${coins} 个活动币将在 ${countdownText(ms)} 后过期` : `${coins} 个活动币已过期`
}

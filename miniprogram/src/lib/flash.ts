// 限时秒杀: countdowns on the server's clock, and what a flash item's button says.
import { msUntil } from './clock'


export { clockOffset, formatCountdown, msUntil } from './clock'

export type FlashStatus = 'running' | 'upcoming' | 'ended'

/** The status now on the server's clock (a sale listed as upcoming starts while the page is open). */
export function statusNow(
  sale: { starts_at: string; ends_at: string },
  offset: number,
  phoneNow: number = Date.now(),
): FlashStatus {
  if (msUntil(sale.ends_at, offset, phoneNow) <= 0) return 'ended'
  return msUntil(sale.starts_at, offset, phoneNow) > 0 ? 'upcoming' : 'running'
}

/** What the buy button of an item says, and whether it can be tapped. */
export function buyLabel(status: FlashStatus, left: number): { text: string; enabled: boolean } {
  if (status === 'upcoming') return { text: '即将开抢', enabled: false }
  if (status === 'ended') return { text: '已结束', enabled: false }
  if (left <= 0) return { text: '已抢光', enabled: false }
  return { text: '马上抢', enabled: true }
}

/** Percentage of the allotment taken (for the progress bar), 0 to 100. */
export function takenPercent(allotment: number, left: number): number {
  if (allotment <= 0) return 100
  return Math.min(100, Math.max(0, Math.round(((allotment - left) / allotment) * 100)))
}

/** The message for a refused flash order (the API's error code). */
export function flashErrorMessage(code: string | undefined, fallback = '抢购失败，请稍后再试'): string {
  switch (code) {
    case 'flash_sold_out':
      return '手慢了，已抢光'
    case 'flash_limit_reached':
      return '已达每人限购数量'
    case 'flash_not_started':
      return '秒杀尚未开始'
    case 'flash_ended':
      return '秒杀已结束'
    default:
      return fallback
  }
}

// 抢签: the windows and the purchase qualification on the server's clock
// (`server_time`), never the phone's; the Chinese words for the API's states.
import { formatCountdown, msUntil } from './clock'

export { clockOffset, formatCountdown, msUntil } from './clock'

export interface WindowTimes {
  start: string
  end: string
  draw_at: string
  phase: 'scheduled' | 'open' | 'frozen' | 'drawing' | 'drawn'
}

export type WindowStage = 'upcoming' | 'open' | 'waiting' | 'drawn'

/**
 * Where a window is now on the server's clock: `upcoming` (not open yet),
 * `open` (registration possible), `waiting` (closed, the draw to come or
 * running), `drawn` (the server says so). The server's phase wins once it is
 * past the clock's guess (a window drawn is drawn).
 */
export function windowStage(w: WindowTimes, offset: number, phoneNow: number = Date.now()): WindowStage {
  if (w.phase === 'drawn') return 'drawn'
  if (w.phase === 'frozen' || w.phase === 'drawing') return 'waiting'
  if (msUntil(w.start, offset, phoneNow) > 0) return 'upcoming'
  if (msUntil(w.end, offset, phoneNow) > 0) return 'open'
  return 'waiting'
}

/** The countdown line of a window, e.g. `距报名开始 01:02:03`. */
export function windowCountdown(w: WindowTimes, offset: number, phoneNow: number = Date.now()): string {
  switch (windowStage(w, offset, phoneNow)) {
    case 'upcoming':
      return `距报名开始 ${formatCountdown(msUntil(w.start, offset, phoneNow))}`
    case 'open':
      return `距报名结束 ${formatCountdown(msUntil(w.end, offset, phoneNow))}`
    case 'waiting': {
      const left = msUntil(w.draw_at, offset, phoneNow)
      return left > 0 ? `距开奖 ${formatCountdown(left)}` : '开奖中'
    }
    default:
      return '已开奖'
  }
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** `12月5日 09:00–09:30` in the phone's time zone (the instants are the server's). */
export function windowRange(start: string, end: string): string {
  const a = new Date(start)
  const b = new Date(end)
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return ''
  const day = `${a.getMonth() + 1}月${a.getDate()}日`
  const sameDay = a.toDateString() === b.toDateString()
  const to = sameDay ? '' : `${b.getMonth() + 1}月${b.getDate()}日 `
  return `${day} ${pad(a.getHours())}:${pad(a.getMinutes())}–${to}${pad(b.getHours())}:${pad(b.getMinutes())}`
}

export interface RegistrationState {
  result: 'pending' | 'won' | 'lost'
  qualification: 'none' | 'active' | 'ordered' | 'used' | 'expired'
  qualified_until?: string | null
  order_id?: number | null
}

export function resultLabel(result: RegistrationState['result']): string {
  return { pending: '待开奖', won: '已中签', lost: '未中签' }[result]
}

export type BuyAction = 'buy' | 'pay' | null

/**
 * What a registration's button does now: `buy` (a winner within the validity,
 * on the server's clock), `pay` (the order waits for payment), or nothing.
 */
export function buyAction(reg: RegistrationState, offset: number, phoneNow: number = Date.now()): BuyAction {
  if (reg.result !== 'won') return null
  if (reg.qualification === 'ordered' && reg.order_id) return 'pay'
  if (reg.qualification !== 'active' || !reg.qualified_until) return null
  return msUntil(reg.qualified_until, offset, phoneNow) > 0 ? 'buy' : null
}

/** The line under a registration's result. */
export function qualificationText(reg: RegistrationState, offset: number, phoneNow: number = Date.now()): string {
  if (reg.result === 'pending') return '开奖后通知您结果'
  if (reg.result === 'lost') return '很遗憾，本场未中签'
  switch (reg.qualification) {
    case 'active': {
      const left = reg.qualified_until ? msUntil(reg.qualified_until, offset, phoneNow) : 0
      return left > 0 ? `请在 ${formatCountdown(left)} 内按抽签价购买` : '购买资格已过期'
    }
    case 'ordered':
      return '已下单，请尽快支付'
    case 'used':
      return '已购买'
    case 'expired':
      return '购买资格已过期'
    default:
      return ''
  }
}

/** The message for a refused registration or order (the API's error code). */
export function lotteryErrorMessage(code: string | undefined, fallback = '操作失败，请稍后再试'): string {
  switch (code) {
    case 'not_open':
      return '当前不在报名时间内'
    case 'already_registered':
      return '本场次您已报名（每人、每个实名身份限报一次）'
    case 'real_name_required':
      return '请先完成实名认证'
    case 'not_found':
      return '抢签活动不存在'
    case 'not_won':
      return '未中签，不能购买'
    case 'already_ordered':
      return '已下单，请在订单中完成支付'
    case 'qualification_used':
      return '购买资格已使用'
    case 'qualification_expired':
      return '购买资格已过期'
    default:
      return fallback
  }
}

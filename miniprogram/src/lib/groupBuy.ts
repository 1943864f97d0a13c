// 拼团 (mall_group_buy): the labels of groups and seats, seats left, the
// countdown to a group's deadline on the server's clock, the group of a
// launch scene, and placing a group order once (one Idempotency-Key per attempt).
import { formatCountdown } from './clock'
import { newIdempotencyKey } from './request'
import { launchScene, parseScene } from './share'
import { formatPrice, toFen } from './money'

export const GROUP_STATES: Record<string, string> = {
  draft: '待团长支付',
  open: '拼团中',
  succeeded: '拼团成功',
  failed: '拼团失败',
  cancelled: '未开团',
}

export const SEAT_STATES: Record<string, string> = {
  held: '待支付',
  paid: '已支付',
  released: '已取消',
  refunding: '退款中',
  refunded: '已退款',
  refund_failed: '退款失败，请联系客服',
}

export function groupStateLabel(state: string | null | undefined): string {
  return (state && GROUP_STATES[state]) || ''
}

export function seatStateLabel(state: string | null | undefined): string {
  return (state && SEAT_STATES[state]) || ''
}

/** What the group page's banner says of the group. */
export function groupHeadline(group: { state: string; seats_left: number; paid_count: number; group_size: number }): string {
  if (group.state === 'succeeded') return '拼团成功'
  if (group.state === 'failed') return '拼团失败，款项将原路退回'
  if (group.state === 'open') {
    if (group.seats_left > 0) return `还差 ${group.seats_left} 人成团`
    return '名额已满，等待支付'
  }
  return groupStateLabel(group.state)
}

/** `3人团` */
export function sizeLabel(size: number): string {
  return `${size}人团`
}

/** 已拼 1/3 */
export function progressText(paid: number, size: number): string {
  return `已拼 ${paid}/${size}`
}

/** The seats of a group page: the members who paid, then empty seats up to the size. */
export function seatSlots<T>(members: T[], size: number): (T | null)[] {
  const slots: (T | null)[] = members.slice(0, Math.max(size, members.length))
  while (slots.length < size) slots.push(null)
  return slots
}

/** 省¥10.00 (list − group price), '' when no saving. */
export function savingText(listPrice: number, groupPrice: number): string {
  const saving = toFen(listPrice) - toFen(groupPrice)
  return saving > 0 ? `省${formatPrice(saving)}` : ''
}

// the server's clock (ms to add to the phone's), the time left to a deadline on it
export { clockOffset, msUntil as msLeft } from './clock'

/** 12:03:09, or 1天 02:03:09; '' when no time is left. */
export function countdownText(ms: number): string {
  return ms > 0 ? formatCountdown(ms) : ''
}

/** The group a page or a launch was opened for: `id`, else the scene's `g`. */
export function groupIdOf(query: Record<string, string | undefined> | undefined): number {
  const id = Number(query?.id)
  if (id > 0) return id
  return parseScene(launchScene(query)).group || 0
}

/**
 * Where the app goes when launched with a scene naming a group (a QR code or
 * a share link): the group page, unless it is already the launch page.
 */
export function groupLanding(path: string | undefined, scene: string): string {
  const group = parseScene(scene).group
  if (!group) return ''
  if ((path || '').replace(/^\//, '') === 'pages/group/detail') return ''
  return `/pages/group/detail?id=${group}`
}

/** The share path of a group (WeChat's share card, H5's link): the scene in the query. */
export function groupSharePath(scene: string): string {
  return `/pages/group/detail?scene=${encodeURIComponent(scene)}`
}

export interface GroupOrderBody {
  address_id: number
  product_id: number
  qty: number
  group_id?: number
  note?: string
}

/**
 * Placing a group order: a retry of the same order (network error, double
 * tap) sends the same Idempotency-Key, so the server opens or joins once; a
 * changed order gets a new key. Resolves to null while one is in flight.
 */
export function createGroupOrderer<O>(send: (body: GroupOrderBody, key: string) => Promise<O>, keyFactory = newIdempotencyKey) {
  let key = ''
  let keyBody = ''
  let placing = false
  return {
    async place(body: GroupOrderBody): Promise<O | null> {
      if (placing) return null
      if (!body.address_id) throw new Error('请选择收货地址')
      const clean: GroupOrderBody = { address_id: body.address_id, product_id: body.product_id, qty: body.qty }
      if (body.group_id) clean.group_id = body.group_id
      const note = (body.note || '').trim()
      if (note) clean.note = note.slice(0, 200)
      const text = JSON.stringify(clean)
      if (!key || text !== keyBody) {
        key = keyFactory()
        keyBody = text
      }
      placing = true
      try {
        return await send(clean, key)
      } finally {
        placing = false
      }
    },
    currentKey: () => key,
  }
}

// Sharing (mall_share): the scene a shared link or poster carries, the
// client's own id for anonymous opens, and what the pages show of shares
// and invitations. The server's grammar (mall_base.scene) is the reference:
// `key=value` pairs joined by `&` (u: sharer's code, p: product, h: share,
// o: group-buy offer, g: group).

export interface SceneParts {
  sharer?: string
  product?: number
  share?: number
  /** 拼团 (mall_group_buy): the offer `o` and the group `g`. */
  groupOffer?: number
  group?: number
}

const VALUE = /^[0-9A-Za-z_-]{1,30}$/

/** `u=K7Q2M9XA&p=12&h=5` → `{sharer: 'K7Q2M9XA', product: 12, share: 5}`; never throws. */
export function parseScene(scene: string | null | undefined): SceneParts {
  const parts: SceneParts = {}
  const text = (scene || '').trim()
  if (!text || text.length > 32) return parts
  for (const pair of text.split('&')) {
    const [key, value = ''] = pair.split('=', 2)
    if (!VALUE.test(value)) continue
    if (key === 'u' && parts.sharer === undefined) parts.sharer = value
    const ids = { p: 'product', h: 'share', o: 'groupOffer', g: 'group' } as const
    if (Object.prototype.hasOwnProperty.call(ids, key) && /^[1-9]\d{0,8}$/.test(value)) {
      const name = ids[key as keyof typeof ids]
      if (parts[name] === undefined) parts[name] = Number(value)
    }
  }
  return parts
}

/** The launch scene: `query.scene` (URL-encoded by WeChat and by our share links). */
export function launchScene(query: Record<string, string | undefined> | undefined): string {
  const raw = query?.scene
  if (!raw) return ''
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

/** The product a page was opened for: `id`, else the scene's `p`. */
export function productIdOf(query: Record<string, string | undefined> | undefined): number {
  const id = Number(query?.id)
  if (id > 0) return id
  return parseScene(launchScene(query)).product || 0
}

export function countsText(counts: { opens: number; registrations: number; orders: number }): string {
  return `浏览 ${counts.opens} · 注册 ${counts.registrations} · 下单 ${counts.orders}`
}

export const INVITE_STATES: Record<string, string> = {
  registered: '待首单收货',
  rewarded: '已奖励',
  taken_back: '首单已退款，奖励已收回',
}

export function inviteRuleText(rule: { kind: string; inviter?: string | null; invitee?: string | null }): string {
  if (rule.kind === 'none' || (!rule.inviter && !rule.invitee)) return '邀请好友来逛逛吧'
  const parts: string[] = []
  if (rule.inviter) parts.push(`你得 ${rule.inviter}`)
  if (rule.invitee) parts.push(`好友得 ${rule.invitee}`)
  return `好友通过你的邀请注册，首单确认收货后：${parts.join('，')}`
}

export function rewardText(item: { state: string; reward_state?: string | null; reward?: string | null }): string {
  if (item.state === 'taken_back') {
    return item.reward_state === 'kept' ? '首单已退款，已使用的奖励不再收回' : INVITE_STATES.taken_back
  }
  if (item.state !== 'rewarded') return INVITE_STATES.registered
  if (item.reward_state === 'given' && item.reward) return `已得 ${item.reward}`
  if (item.reward_state === 'failed') return '奖励发放失败，请联系客服'
  return INVITE_STATES.rewarded
}

/** A random id of this client (storage), for opens before logging in. */
export function clientId(): string {
  let id = uni.getStorageSync('mall_client_id') as string
  if (!id) {
    id = 'c' + Date.now().toString(36) + Math.random().toString(36).slice(2, 12)
    uni.setStorageSync('mall_client_id', id)
  }
  return id
}

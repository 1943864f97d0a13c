// 会员: the level card of 我的 and the points ledger's labels.

export const ENTRY_LEVEL_NAME = '普通会员'

export interface LevelInfo {
  level?: { name: string } | null
  growth_value?: number | null
  next_level?: { name: string; growth_min: number } | null
  growth_to_next?: number | null
}

/** The member's level name; 普通会员 while the shop gives none. */
export function levelName(member: LevelInfo | null | undefined): string {
  return member?.level?.name || ENTRY_LEVEL_NAME
}

/**
 * "成长值 1200，再消费 3800 升级金卡会员", or at the top
 * "成长值 25000，已是最高等级" (growth value: one a yuan paid in the demo shop).
 */
export function levelProgressText(member: LevelInfo | null | undefined): string {
  const growth = Math.max(0, Math.floor(member?.growth_value ?? 0))
  const next = member?.next_level
  if (!next) return member?.level ? `成长值 ${growth}，已是最高等级` : `成长值 ${growth}`
  const missing = member?.growth_to_next ?? Math.max(0, next.growth_min - growth)
  return `成长值 ${growth}，再消费 ${Math.ceil(missing)} 升级${next.name}`
}

/** How far to the next level, 0–100 (100 at the top). */
export function levelProgressPercent(member: LevelInfo | null | undefined): number {
  const next = member?.next_level
  if (!next) return 100
  if (!next.growth_min) return 100
  const growth = Math.max(0, member?.growth_value ?? 0)
  return Math.min(100, Math.max(0, Math.floor((growth * 100) / next.growth_min)))
}

export type PointsKind = 'earn' | 'spend' | 'refund' | 'reverse' | 'expire' | 'adjust' | 'reward'

export const POINTS_KIND_LABELS: Record<PointsKind, string> = {
  earn: '消费获得',
  spend: '积分抵扣',
  refund: '退回',
  reverse: '扣回',
  expire: '过期',
  adjust: '调整',
  reward: '奖励',
}

export function pointsKindLabel(kind: string): string {
  return POINTS_KIND_LABELS[kind as PointsKind] || kind
}

/** Signed points as the ledger shows them: "+12", "-100", "0". */
export function formatPoints(points: number): string {
  const value = Math.trunc(points)
  return value > 0 ? `+${value}` : String(value)
}

/** The colour class of a ledger amount: gains red (as prices), spending grey-green. */
export function pointsClass(points: number): 'plus' | 'minus' | '' {
  if (points > 0) return 'plus'
  if (points < 0) return 'minus'
  return ''
}

/** "1 积分 = ¥1.00" (point_value: yuan, API float). */
export function pointValueText(pointValue: number): string {
  const fen = Math.round(Number((pointValue * 100).toPrecision(12)))
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  return `1 积分 = ¥${yuan}.${cents < 10 ? '0' : ''}${cents}`
}

/** "120 积分将于 2026-12-31 过期", or '' when nothing expires. */
export function expiringText(expiring: number | null | undefined, on: string | null | undefined): string {
  if (!expiring || expiring <= 0) return ''
  return on ? `${expiring} 积分将于 ${on} 过期` : `${expiring} 积分即将过期`
}

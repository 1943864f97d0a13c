// Order states as the shopper reads them, and the tabs of 我的订单.
export type OrderStateName = 'pending_payment' | 'paid' | 'shipped' | 'done' | 'cancelled' | 'after_sale'

export const ORDER_STATE_LABELS: Record<OrderStateName, string> = {
  pending_payment: '待付款',
  paid: '待发货',
  shipped: '待收货',
  done: '已完成',
  cancelled: '已取消',
  after_sale: '售后',
}

export const ORDER_TABS: { label: string; state: OrderStateName | '' }[] = [
  { label: '全部', state: '' },
  { label: '待付款', state: 'pending_payment' },
  { label: '待发货', state: 'paid' },
  { label: '待收货', state: 'shipped' },
  { label: '已完成', state: 'done' },
  { label: '售后', state: 'after_sale' },
]

export function orderStateLabel(state: string): string {
  return ORDER_STATE_LABELS[state as OrderStateName] || state
}

export const AFTER_SALE_STATE_LABELS: Record<string, string> = {
  requested: '待审核',
  approved: '已同意',
  rejected: '已拒绝',
  awaiting_return: '待寄回',
  return_shipped: '已寄回',
  received: '商家已收货',
  refunding: '退款中',
  refunded: '已退款',
  refund_failed: '退款失败',
  cancelled: '已撤销',
}

export const AFTER_SALE_TYPES = [
  { value: 'refund_only', label: '仅退款' },
  { value: 'return_refund', label: '退货退款' },
] as const

export const REASONS = [
  { value: 'quality', label: '质量问题' },
  { value: 'damaged', label: '商品破损' },
  { value: 'wrong_item', label: '发错商品' },
  { value: 'missing_item', label: '少件漏发' },
  { value: 'not_as_described', label: '与描述不符' },
  { value: 'not_received', label: '未收到货' },
  { value: 'no_longer_needed', label: '不想要了' },
  { value: 'other', label: '其他' },
] as const

export const TRACKING_STATE_LABELS: Record<string, string> = {
  in_transit: '运输中',
  delivered: '已签收',
  exception: '异常',
  unknown: '暂无物流信息',
}

/** "2026-12-04 21:50" in the shopper's local time, from an API UTC datetime. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return ''
  // the API sends ISO 8601 with an offset; a naive one is UTC
  const text = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : value + 'Z'
  const date = new Date(text)
  if (Number.isNaN(date.getTime())) return value
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

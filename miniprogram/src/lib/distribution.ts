// 分销中心: labels of the commission ledger and withdrawals, the checks of
// the withdrawal form (the server checks them again).

export type CommissionKind =
  | 'pending'
  | 'settleable'
  | 'reversed'
  | 'clawback'
  | 'withdrawal'
  | 'withdrawn'
  | 'returned'

export const COMMISSION_KIND_LABELS: Record<CommissionKind, string> = {
  pending: '佣金（待结算）',
  settleable: '佣金结算',
  reversed: '退款冲减',
  clawback: '售后扣回',
  withdrawal: '提现申请',
  withdrawn: '提现到账',
  returned: '提现退回',
}

export function commissionKindLabel(kind: string): string {
  return COMMISSION_KIND_LABELS[kind as CommissionKind] ?? kind
}

export type WithdrawalState = 'requested' | 'approved' | 'paid' | 'rejected' | 'failed'

export const WITHDRAWAL_STATE_LABELS: Record<WithdrawalState, string> = {
  requested: '待审核',
  approved: '转账中',
  paid: '已到账',
  rejected: '已拒绝',
  failed: '转账失败',
}

export function withdrawalStateLabel(state: string, transferState?: string | null): string {
  if (state === 'approved' && transferState === 'wait_user_confirm') return '待确认收款'
  return WITHDRAWAL_STATE_LABELS[state as WithdrawalState] ?? state
}

export const PROMOTER_STATE_LABELS: Record<string, string> = {
  none: '未申请',
  applied: '审核中',
  approved: '推广员',
  rejected: '未通过',
}

/** "+¥12.30" / "-¥5.00" of a ledger line. */
export function formatSigned(amount: number): string {
  const sign = amount < 0 ? '-' : '+'
  return `${sign}¥${Math.abs(amount).toFixed(2)}`
}

export function amountClass(amount: number): 'plus' | 'minus' {
  return amount < 0 ? 'minus' : 'plus'
}

/**
 * What is wrong with a withdrawal form, or null: an amount (two decimals at
 * most) between the minimum and the withdrawable balance, and a real name
 * unless one is on file.
 */
export function withdrawalError(
  input: string,
  realName: string,
  info: { settleable: number; min_withdrawal: number; real_name_set: boolean },
): string | null {
  const text = input.trim()
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return '请输入正确的提现金额'
  const amount = Number(text)
  if (amount <= 0) return '请输入正确的提现金额'
  if (amount < info.min_withdrawal) return `单次提现不能低于 ${info.min_withdrawal.toFixed(2)} 元`
  if (amount > info.settleable) return `可提现余额不足（${Math.max(0, info.settleable).toFixed(2)} 元）`
  if (!info.real_name_set && !realName.trim()) return '请填写真实姓名，微信支付会核对收款人'
  return null
}

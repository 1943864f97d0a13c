import { describe, expect, it } from 'vitest'
import {
  amountClass,
  commissionKindLabel,
  formatSigned,
  withdrawalError,
  withdrawalStateLabel,
} from '@/lib/distribution'

describe('the commission ledger', () => {
  it('labels every kind in Chinese and keeps an unknown one', () => {
    expect(commissionKindLabel('clawback')).toBe('售后扣回')
    expect(commissionKindLabel('pending')).toBe('佣金（待结算）')
    expect(commissionKindLabel('new_kind')).toBe('new_kind')
  })

  it('signs amounts', () => {
    expect(formatSigned(12.3)).toBe('+¥12.30')
    expect(formatSigned(-5)).toBe('-¥5.00')
    expect(amountClass(-0.01)).toBe('minus')
    expect(amountClass(0)).toBe('plus')
  })
})

describe('withdrawals', () => {
  const info = { settleable: 50, min_withdrawal: 10, real_name_set: false }

  it('checks the amount against the minimum and the balance', () => {
    expect(withdrawalError('abc', '张三', info)).toBe('请输入正确的提现金额')
    expect(withdrawalError('1.234', '张三', info)).toBe('请输入正确的提现金额')
    expect(withdrawalError('5', '张三', info)).toBe('单次提现不能低于 10.00 元')
    expect(withdrawalError('60', '张三', info)).toBe('可提现余额不足（50.00 元）')
    expect(withdrawalError('50', '张三', info)).toBeNull()
  })

  it('wants a real name unless one is on file', () => {
    expect(withdrawalError('20', ' ', info)).toBe('请填写真实姓名，微信支付会核对收款人')
    expect(withdrawalError('20', '', { ...info, real_name_set: true })).toBeNull()
  })

  it('shows a transfer waiting for the member as such', () => {
    expect(withdrawalStateLabel('approved', 'wait_user_confirm')).toBe('待确认收款')
    expect(withdrawalStateLabel('approved', 'accepted')).toBe('转账中')
    expect(withdrawalStateLabel('failed')).toBe('转账失败')
  })
})

import { describe, expect, it } from 'vitest'
import {
  buyAction,
  clockOffset,
  lotteryErrorMessage,
  qualificationText,
  resultLabel,
  windowCountdown,
  windowStage,
} from '@/lib/lottery'

describe('lottery: windows and qualifications on the server clock', () => {
  const phone = Date.parse('2026-12-05T01:00:00Z')
  const window = {
    start: '2026-12-05T01:00:30Z',
    end: '2026-12-05T01:30:00Z',
    draw_at: '2026-12-05T01:35:00Z',
    phase: 'scheduled' as const,
  }

  it('counts down to the window from the server time, not the phone clock', () => {
    // the phone is right: 30 s before the window opens
    expect(windowStage(window, 0, phone)).toBe('upcoming')
    expect(windowCountdown(window, 0, phone)).toBe('距报名开始 00:00:30')
    // the phone is a minute late: the server says the window is open
    const offset = clockOffset('2026-12-05T01:01:00Z', phone)
    expect(windowStage(window, offset, phone)).toBe('open')
    expect(windowCountdown(window, offset, phone)).toBe('距报名结束 00:29:00')
  })

  it('waits for the draw after the window, and trusts the server once drawn', () => {
    const later = clockOffset('2026-12-05T01:31:00Z', phone)
    expect(windowStage(window, later, phone)).toBe('waiting')
    expect(windowCountdown(window, later, phone)).toBe('距开奖 00:04:00')
    const past = clockOffset('2026-12-05T01:36:00Z', phone)
    expect(windowCountdown(window, past, phone)).toBe('开奖中')
    expect(windowCountdown({ ...window, phase: 'drawn' }, 0, phone)).toBe('已开奖')
    expect(windowStage({ ...window, phase: 'frozen' }, 0, phone)).toBe('waiting')
  })

  it('lets a winner buy only within the validity on the server clock', () => {
    const won = { result: 'won' as const, qualification: 'active' as const, qualified_until: '2026-12-05T01:30:00Z' }
    expect(buyAction(won, 0, phone)).toBe('buy')
    expect(qualificationText(won, 0, phone)).toBe('请在 00:30:00 内按抽签价购买')
    // the phone's clock says there is time left, the server's does not
    const late = clockOffset('2026-12-05T01:30:01Z', phone)
    expect(buyAction(won, late, phone)).toBeNull()
    expect(qualificationText(won, late, phone)).toBe('购买资格已过期')
    expect(buyAction({ ...won, qualification: 'ordered', order_id: 7 }, 0, phone)).toBe('pay')
    expect(buyAction({ ...won, qualification: 'used' }, 0, phone)).toBeNull()
    expect(buyAction({ result: 'lost', qualification: 'none' }, 0, phone)).toBeNull()
    expect(buyAction({ result: 'pending', qualification: 'none' }, 0, phone)).toBeNull()
  })

  it('says results and refusals in Chinese', () => {
    expect(resultLabel('won')).toBe('已中签')
    expect(resultLabel('lost')).toBe('未中签')
    expect(resultLabel('pending')).toBe('待开奖')
    expect(qualificationText({ result: 'lost', qualification: 'none' }, 0, phone)).toBe('很遗憾，本场未中签')
    expect(lotteryErrorMessage('not_open')).toBe('当前不在报名时间内')
    expect(lotteryErrorMessage('already_registered')).toContain('已报名')
    expect(lotteryErrorMessage('real_name_required')).toBe('请先完成实名认证')
    expect(lotteryErrorMessage('qualification_expired')).toBe('购买资格已过期')
    expect(lotteryErrorMessage('other', '报名失败')).toBe('报名失败')
  })
})

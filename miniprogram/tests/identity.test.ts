import { describe, expect, it } from 'vitest'
import { checkChar, idNumberError, identityErrorText, nameError, normalizeIdNumber } from '@/lib/identity'
import { costText, exchangeCost, maxUnits, shortOf } from '@/lib/pointsMall'

describe('real name', () => {
  it('computes the GB 11643 check character', () => {
    expect(checkChar('11010519491231002')).toBe('X')
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X')
  })

  it('refuses what the server would refuse', () => {
    expect(idNumberError('11010519491231002x')).toBeNull()
    expect(idNumberError('110105194912310021')).toBe('身份证号码有误，请核对后重新输入')
    expect(idNumberError('11010519491231002')).toBe('请输入 18 位身份证号码')
    expect(idNumberError('91010519491231002X')).toBe('请输入 18 位身份证号码')
    const feb30 = '33010619900230123'
    expect(idNumberError(feb30 + checkChar(feb30))).toBe('身份证号码中的出生日期不正确')
    const future = '33010620990101123'
    expect(idNumberError(future + checkChar(future), new Date('2026-05-14'))).toBe('身份证号码中的出生日期不正确')
    expect(nameError('张三')).toBeNull()
    expect(nameError('买买提·艾力')).toBeNull()
    expect(nameError('张')).not.toBeNull()
    expect(nameError('张3')).not.toBeNull()
    expect(identityErrorText('identity_in_use', 'x')).toBe('该身份证号码已被其他账号实名认证')
    expect(identityErrorText('other', '服务器说的')).toBe('服务器说的')
  })
})

describe('points mall', () => {
  it('costs coins and points together', () => {
    const price = { coins: 2, points: 50 }
    expect(exchangeCost(price, 3)).toEqual({ coins: 6, points: 150 })
    expect(costText(price)).toBe('2 活动币 + 50 积分')
    expect(shortOf(price, 1, 100)).toBe('活动币不足（还差 1 个）')
    expect(shortOf(price, 5, 20)).toBe('积分不足（还差 30 积分）')
    expect(shortOf(price, 2, 50)).toBeNull()
    expect(shortOf(price, null, null)).toBeNull()
    expect(maxUnits(price, 5, 120)).toBe(2)
    expect(maxUnits(price, 0, 0)).toBe(1)
    expect(maxUnits(price, null, null)).toBe(99)
  })
})

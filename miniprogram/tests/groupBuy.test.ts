import { describe, expect, it } from 'vitest'
import {
  clockOffset,
  countdownText,
  createGroupOrderer,
  groupHeadline,
  groupIdOf,
  groupLanding,
  groupSharePath,
  groupStateLabel,
  msLeft,
  progressText,
  savingText,
  seatSlots,
  seatStateLabel,
  sizeLabel,
} from '@/lib/groupBuy'
import { parseScene } from '@/lib/share'

describe('the group scene', () => {
  it('reads the offer and the group of the server grammar', () => {
    expect(parseScene('o=3&g=41&u=K7Q2M9XA')).toEqual({ groupOffer: 3, group: 41, sharer: 'K7Q2M9XA' })
    expect(parseScene('g=0&o=x&toString=1&constructor=2')).toEqual({})
  })
  it('gives the group of a page query: id first, else the scene', () => {
    expect(groupIdOf({ id: '9' })).toBe(9)
    expect(groupIdOf({ scene: encodeURIComponent('o=3&g=41&u=K7Q2M9XA') })).toBe(41)
    expect(groupIdOf({ scene: 'u=K7Q2M9XA&p=12' })).toBe(0)
    expect(groupIdOf(undefined)).toBe(0)
  })
  it('lands a launch with a group on the group page, once', () => {
    expect(groupLanding('pages/index/index', 'o=3&g=41&u=AB')).toBe('/pages/group/detail?id=41')
    expect(groupLanding('/pages/group/detail', 'o=3&g=41&u=AB')).toBe('')
    expect(groupLanding('pages/index/index', 'u=AB&p=12')).toBe('')
    expect(groupLanding(undefined, '')).toBe('')
  })
  it('shares the group page with the scene in its query', () => {
    const path = groupSharePath('o=3&g=41&u=K7Q2M9XA')
    expect(path).toBe('/pages/group/detail?scene=o%3D3%26g%3D41%26u%3DK7Q2M9XA')
    expect(groupIdOf({ scene: path.split('scene=')[1] })).toBe(41)
  })
})

describe('the countdown runs on the server clock', () => {
  it('measures the offset between the server and the phone', () => {
    const received = Date.parse('2025-06-01T10:00:00Z')
    expect(clockOffset('2025-06-01T10:05:00Z', received)).toBe(5 * 60 * 1000)
    // a naive time is UTC, as the API means it
    expect(clockOffset('2025-06-01T09:59:00', received)).toBe(-60 * 1000)
    expect(clockOffset(null, received)).toBe(0)
  })
  it('counts down to the deadline whatever the phone clock says', () => {
    // the phone is 5 minutes behind the server
    const phoneNow = Date.parse('2025-06-01T10:00:00Z')
    const offset = clockOffset('2025-06-01T10:05:00Z', phoneNow)
    const left = msLeft('2025-06-01T11:05:00+00:00', offset, phoneNow)
    expect(left).toBe(60 * 60 * 1000)
    expect(countdownText(left)).toBe('01:00:00')
    expect(msLeft('2025-06-01T10:04:00Z', offset, phoneNow)).toBe(0)
    expect(msLeft(null, offset, phoneNow)).toBe(0)
  })
  it('writes days, hours, minutes, seconds; nothing when over', () => {
    expect(countdownText(((26 * 60 + 3) * 60 + 9) * 1000 + 400)).toBe('1天 02:03:09')
    expect(countdownText(59 * 1000)).toBe('00:00:59')
    expect(countdownText(0)).toBe('')
    expect(countdownText(-5)).toBe('')
  })
})

describe('labels and seats', () => {
  it('names group and seat states in Chinese', () => {
    expect(groupStateLabel('succeeded')).toBe('拼团成功')
    expect(groupStateLabel('open')).toBe('拼团中')
    expect(groupStateLabel('nonsense')).toBe('')
    expect(seatStateLabel('held')).toBe('待支付')
    expect(seatStateLabel('refunded')).toBe('已退款')
  })
  it('says how many are missing, or the outcome', () => {
    expect(groupHeadline({ state: 'open', seats_left: 2, paid_count: 1, group_size: 3 })).toBe('还差 2 人成团')
    expect(groupHeadline({ state: 'open', seats_left: 0, paid_count: 2, group_size: 3 })).toBe('名额已满，等待支付')
    expect(groupHeadline({ state: 'succeeded', seats_left: 0, paid_count: 3, group_size: 3 })).toBe('拼团成功')
    expect(groupHeadline({ state: 'failed', seats_left: 2, paid_count: 1, group_size: 3 })).toContain('拼团失败')
    expect(sizeLabel(3)).toBe('3人团')
    expect(progressText(1, 3)).toBe('已拼 1/3')
  })
  it('fills the empty seats up to the size', () => {
    expect(seatSlots(['张**'], 3)).toEqual(['张**', null, null])
    expect(seatSlots(['张**', '李**'], 2)).toEqual(['张**', '李**'])
    expect(seatSlots([], 0)).toEqual([])
  })
  it('shows the saving in fen, never float drift', () => {
    expect(savingText(59.9, 39.9)).toBe('省¥20.00')
    expect(savingText(0.3, 0.1)).toBe('省¥0.20')
    expect(savingText(10, 10)).toBe('')
  })
})

describe('placing a group order', () => {
  it('sends the same key for a retry and a new one for a changed order', async () => {
    const sent: [unknown, string][] = []
    let n = 0
    const orderer = createGroupOrderer(
      async (body, key) => {
        sent.push([body, key])
        if (sent.length === 1) throw new Error('network')
        return { id: sent.length }
      },
      () => `k${++n}`,
    )
    const body = { address_id: 5, product_id: 7, qty: 1, group_id: 41, note: '  ' }
    await expect(orderer.place(body)).rejects.toThrow('network')
    await orderer.place(body)
    await orderer.place({ ...body, qty: 2 })
    expect(sent.map(([, key]) => key)).toEqual(['k1', 'k1', 'k2'])
    expect(sent[0][0]).toEqual({ address_id: 5, product_id: 7, qty: 1, group_id: 41 })
  })
  it('refuses without an address and runs one order at a time', async () => {
    let release: () => void = () => undefined
    const orderer = createGroupOrderer(() => new Promise<string>((r) => (release = () => r('ok'))), () => 'k')
    await expect(orderer.place({ address_id: 0, product_id: 7, qty: 1 })).rejects.toThrow('请选择收货地址')
    const first = orderer.place({ address_id: 1, product_id: 7, qty: 1 })
    expect(await orderer.place({ address_id: 1, product_id: 7, qty: 1 })).toBeNull()
    release()
    expect(await first).toBe('ok')
  })
})

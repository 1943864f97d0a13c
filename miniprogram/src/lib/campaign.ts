// Campaigns (mall_campaign): what the campaign pages say, which campaign a
// page was opened for (`id`, or the poster code's scene `m=<code>`), and the
// new-member gift among the member's coupons.
import { launchScene } from './share'

export const CAMPAIGN_KINDS: Record<string, string> = {
  new_member: '新人礼',
  discount: '限时优惠',
  theme: '主题活动',
}

const CODE = /^[0-9A-Za-z_-]{1,16}$/

/** The campaign code of a scene (`m=<code>`), or ''. */
export function campaignCodeOf(scene: string | null | undefined): string {
  for (const pair of (scene || '').trim().split('&')) {
    const [key, value = ''] = pair.split('=', 2)
    if (key === 'm' && CODE.test(value)) return value
  }
  return ''
}

/** What a campaign page was opened for: its `id`, else the scene's campaign code. */
export function campaignTarget(query: Record<string, string | undefined> | undefined): { id: number; code: string } {
  const id = Number(query?.id)
  if (Number.isInteger(id) && id > 0) return { id, code: '' }
  return { id: 0, code: campaignCodeOf(launchScene(query)) }
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function localDate(value: string): Date {
  // the API sends ISO 8601 with an offset; a naive one is UTC
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : value + 'Z')
}

/** "活动时间：12月1日 - 12月31日" / "12月1日起，长期有效". */
export function campaignPeriod(campaign: { date_from: string; date_to?: string | null }): string {
  const from = localDate(campaign.date_from)
  const day = (d: Date) => `${d.getMonth() + 1}月${d.getDate()}日`
  if (!campaign.date_to) return `${day(from)}起，长期有效`
  const to = localDate(campaign.date_to)
  return `活动时间：${day(from)} - ${day(to)} ${pad(to.getHours())}:${pad(to.getMinutes())}`
}

/** The member's coupon of the gift (`coupon_id`), if it is there yet. */
export function giftCouponOf<T extends { coupon_id: number }>(coupons: T[], couponId: number | null | undefined): T | undefined {
  if (!couponId) return undefined
  return coupons.find((c) => c.coupon_id === couponId)
}

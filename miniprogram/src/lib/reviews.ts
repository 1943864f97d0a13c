// 评价: stars, states, the product's summary, what an order line offers
// (评价 / 追评) and the review form's checks.

export const MAX_REVIEW_PHOTOS = 9
export const MAX_REVIEW_TEXT = 500

export const STAR_LABELS = ['', '非常差', '差', '一般', '好', '非常好']

/** "★★★★☆" for 4 of 5 (a fraction rounds to the nearest star). */
export function starsText(rating: number | null | undefined): string {
  const full = Math.min(5, Math.max(0, Math.round(rating ?? 0)))
  return '★'.repeat(full) + '☆'.repeat(5 - full)
}

export type ReviewState = 'pending' | 'published' | 'hidden'

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  pending: '审核中',
  published: '已发布',
  hidden: '已隐藏',
}

export function reviewStateLabel(state: string): string {
  return REVIEW_STATE_LABELS[state as ReviewState] || state
}

export const REVIEW_TABS: { key: 'pending' | 'done'; label: string }[] = [
  { key: 'pending', label: '待评价' },
  { key: 'done', label: '已评价' },
]

/** "好评率 96%", or '' without reviews. */
export function goodRateText(summary: { count: number; good_rate?: number | null } | null | undefined): string {
  if (!summary?.count || summary.good_rate === null || summary.good_rate === undefined) return ''
  return `好评率 ${Math.round(summary.good_rate)}%`
}

/** "商品评价（12）" or "商品评价". */
export function reviewsTitle(summary: { count: number } | null | undefined): string {
  return summary?.count ? `商品评价（${summary.count}）` : '商品评价'
}

export type LineReviewAction = 'review' | 'follow_up' | null

/** What an order line offers: 评价 (to_review), 追评 (can_follow_up), else nothing. */
export function lineReviewAction(line: { review_status?: string | null; review_id?: number | null }): LineReviewAction {
  if (line.review_status === 'to_review') return 'review'
  if (line.review_status === 'can_follow_up' && line.review_id) return 'follow_up'
  return null
}

export const LINE_REVIEW_LABELS: Record<'review' | 'follow_up', string> = {
  review: '评价',
  follow_up: '追评',
}

export interface ReviewTarget {
  /** the order line, for a review */
  lineId?: number
  /** the review, for a follow-up */
  reviewId?: number
  name: string
  variant?: string | null
  image?: string | null
}

/** The review form's URL: `line_id` for 评价, `review_id` for 追评, and what to show. */
export function reviewWriteUrl(target: ReviewTarget): string {
  const query: string[] = []
  if (target.reviewId) query.push(`review_id=${target.reviewId}`)
  else if (target.lineId) query.push(`line_id=${target.lineId}`)
  query.push(`name=${encodeURIComponent(target.name || '')}`)
  if (target.variant) query.push(`variant=${encodeURIComponent(target.variant)}`)
  if (target.image) query.push(`image=${encodeURIComponent(target.image)}`)
  return `/pages/review/write?${query.join('&')}`
}

/** A page query value (WeChat hands it over still encoded, H5 decoded). */
export function queryText(value: unknown): string {
  if (typeof value !== 'string' || !value) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** The first problem of the review form, or '' when it can be sent. */
export function reviewFormError(form: { followUp: boolean; rating: number; text: string; photos: number }): string {
  if (!form.followUp && (form.rating < 1 || form.rating > 5)) return '请选择评分'
  if (form.text.trim().length > MAX_REVIEW_TEXT) return `评价内容最多 ${MAX_REVIEW_TEXT} 字`
  if (form.photos > MAX_REVIEW_PHOTOS) return `最多上传 ${MAX_REVIEW_PHOTOS} 张图片`
  if (form.followUp && !form.text.trim() && !form.photos) return '请填写追评内容或上传图片'
  return ''
}

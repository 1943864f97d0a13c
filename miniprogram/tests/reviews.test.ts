import { describe, expect, it } from 'vitest'
import {
  goodRateText,
  lineReviewAction,
  queryText,
  reviewFormError,
  reviewStateLabel,
  reviewsTitle,
  reviewWriteUrl,
  starsText,
} from '@/lib/reviews'

describe('reviews', () => {
  it('draws stars out of five', () => {
    expect(starsText(5)).toBe('★★★★★')
    expect(starsText(4)).toBe('★★★★☆')
    expect(starsText(4.6)).toBe('★★★★★')
    expect(starsText(0)).toBe('☆☆☆☆☆')
    expect(starsText(null)).toBe('☆☆☆☆☆')
  })

  it('names the states of the member\'s reviews', () => {
    expect(['pending', 'published', 'hidden'].map(reviewStateLabel)).toEqual(['审核中', '已发布', '已隐藏'])
  })

  it('sums up a product\'s reviews', () => {
    expect(goodRateText({ count: 12, good_rate: 95.8 })).toBe('好评率 96%')
    expect(goodRateText({ count: 0, good_rate: null })).toBe('')
    expect(reviewsTitle({ count: 12 })).toBe('商品评价（12）')
    expect(reviewsTitle({ count: 0 })).toBe('商品评价')
  })

  it('offers 评价 on a line to review and 追评 on a reviewed one', () => {
    expect(lineReviewAction({ review_status: 'to_review' })).toBe('review')
    expect(lineReviewAction({ review_status: 'can_follow_up', review_id: 9 })).toBe('follow_up')
    expect(lineReviewAction({ review_status: 'reviewed', review_id: 9 })).toBeNull()
    expect(lineReviewAction({ review_status: null })).toBeNull()
  })

  it('hands the line or the review to the form page, with what to show', () => {
    const url = reviewWriteUrl({ lineId: 41, name: '五常大米 5kg', variant: '5kg', image: 'https://s/x.png?a=1&b=2' })
    expect(url).toBe(
      '/pages/review/write?line_id=41&name=%E4%BA%94%E5%B8%B8%E5%A4%A7%E7%B1%B3%205kg&variant=5kg&image=https%3A%2F%2Fs%2Fx.png%3Fa%3D1%26b%3D2',
    )
    expect(reviewWriteUrl({ reviewId: 7, lineId: 41, name: '米' })).toBe('/pages/review/write?review_id=7&name=%E7%B1%B3')
    expect(queryText('%E4%BA%94%E5%B8%B8')).toBe('五常')
    expect(queryText('五常')).toBe('五常')
    expect(queryText('100%')).toBe('100%')
    expect(queryText(undefined)).toBe('')
  })

  it('checks the form before sending', () => {
    expect(reviewFormError({ followUp: false, rating: 0, text: '', photos: 0 })).toBe('请选择评分')
    expect(reviewFormError({ followUp: false, rating: 5, text: '', photos: 0 })).toBe('')
    expect(reviewFormError({ followUp: false, rating: 5, text: 'x'.repeat(501), photos: 0 })).toBe('评价内容最多 500 字')
    expect(reviewFormError({ followUp: false, rating: 4, text: '好', photos: 10 })).toBe('最多上传 9 张图片')
    expect(reviewFormError({ followUp: true, rating: 0, text: ' ', photos: 0 })).toBe('请填写追评内容或上传图片')
    expect(reviewFormError({ followUp: true, rating: 0, text: '', photos: 1 })).toBe('')
  })
})

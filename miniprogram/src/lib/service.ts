// 联系客服: the company's WeCom customer-service link or QR code.
import { api } from '@/api'

export async function contactService(orderId?: number) {
  const contact = await api.serviceContact(orderId)
  if (!contact.available || (!contact.url && !contact.qr_image_url)) {
    uni.showModal({ title: '联系客服', content: contact.message || '客服暂未开通，请稍后再试', showCancel: false })
    return
  }
  if (contact.qr_image_url) {
    uni.previewImage({ urls: [contact.qr_image_url] })
    return
  }
  const url = contact.url as string
  // #ifdef H5
  window.open(url, '_blank')
  // #endif
  // #ifndef H5
  uni.setClipboardData({
    data: url,
    success: () => uni.showModal({ title: '联系客服', content: '客服链接已复制，请在微信中打开', showCancel: false }),
  })
  // #endif
}

// What differs between the WeChat mini-program and the H5 demo, behind
// uni-app's conditional compilation: the login code, payment, photos.
// Nothing H5-only (window, document, fetch, FileReader) may appear outside
// an `#ifdef H5` block: scripts/check-mp.mjs checks it.

/** The API's base URL: same origin on H5 (served by Odoo), configured for WeChat. */
export function apiBaseUrl(): string {
  // #ifdef H5
  return import.meta.env.VITE_API_BASE || '/mall/v1'
  // #endif
  // #ifndef H5
  return import.meta.env.VITE_API_BASE || 'https://mall.example.com/mall/v1'
  // #endif
}

/** A login code for `POST /auth/login`. */
export function loginCode(): Promise<string> {
  // #ifdef MP-WEIXIN
  return new Promise((resolve, reject) => {
    uni.login({
      provider: 'weixin',
      success: (res) => resolve(res.code),
      fail: (err) => reject(err),
    })
  })
  // #endif
  // #ifdef H5
  // demo mode: the WeChat simulator accepts `demo:<openid>`; one openid per browser
  let openid = uni.getStorageSync('mall_demo_openid') as string
  if (!openid) {
    openid = 'h5' + Date.now().toString(36) + Math.random().toString(36).slice(2, 10)
    uni.setStorageSync('mall_demo_openid', openid)
  }
  return Promise.resolve(`demo:${openid}`)
  // #endif
}

export interface PayParams {
  timeStamp: string
  nonceStr: string
  package: string
  signType: string
  paySign: string
}

/** WeChat: the payment sheet with the server's parameters. */
export function requestPayment(params: PayParams): Promise<void> {
  return new Promise((resolve, reject) => {
    // #ifdef MP-WEIXIN
    uni.requestPayment({
      provider: 'wxpay',
      orderInfo: '',
      timeStamp: params.timeStamp,
      nonceStr: params.nonceStr,
      package: params.package,
      signType: params.signType,
      paySign: params.paySign,
      success: () => resolve(),
      fail: (err) => reject(err),
    })
    // #endif
    // #ifndef MP-WEIXIN
    reject(new Error('requestPayment is WeChat only'))
    // #endif
  })
}

/** A chosen photo as a base64 data URL (after-sales). */
export function readImageBase64(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // #ifdef MP-WEIXIN
    uni.getFileSystemManager().readFile({
      filePath: path,
      encoding: 'base64',
      success: (res) => resolve('data:image/jpeg;base64,' + (res.data as string)),
      fail: (err) => reject(err),
    })
    // #endif
    // #ifdef H5
    fetch(path)
      .then((r) => r.blob())
      .then((blob) => {
        const reader = new FileReader()
        reader.onload = () => resolve(reader.result as string)
        reader.onerror = () => reject(reader.error)
        reader.readAsDataURL(blob)
      })
      .catch(reject)
    // #endif
  })
}

export const isH5 = (() => {
  // #ifdef H5
  return true
  // #endif
  // #ifndef H5
  return false
  // #endif
})()

export interface MerchantTransferParams {
  mchId: string
  appId: string
  package: string
}

/**
 * WeChat: the member confirms a commission transfer to its balance
 * (`wx.requestMerchantTransfer`, base library 3.3.0+). Not available on H5.
 */
export function requestMerchantTransfer(params: MerchantTransferParams): Promise<void> {
  return new Promise((resolve, reject) => {
    // #ifdef MP-WEIXIN
    const wxApi = (globalThis as unknown as { wx?: Record<string, unknown> }).wx
    const request = wxApi?.requestMerchantTransfer as
      | ((options: Record<string, unknown>) => void)
      | undefined
    if (!request) {
      reject(new Error('请升级微信后再确认收款'))
      return
    }
    request({
      mchId: params.mchId,
      appId: params.appId,
      package: params.package,
      success: () => resolve(),
      fail: (err: unknown) => reject(err),
    })
    // #endif
    // #ifndef MP-WEIXIN
    reject(new Error('requestMerchantTransfer is WeChat only'))
    // #endif
  })
}

/** Whether this build can open WeChat's transfer confirmation. */
export function canConfirmTransfer(): boolean {
  // #ifdef MP-WEIXIN
  return true
  // #endif
  // #ifndef MP-WEIXIN
  return false
  // #endif
}

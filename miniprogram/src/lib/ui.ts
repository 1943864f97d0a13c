// Small helpers of the pages.

/**
 * An image of the API. On H5 (served by the same Odoo) it is taken from the
 * page's own origin, whatever host web.base.url names (a bare path would be
 * read by uni-app as one of the app's static files, under /mall/h5/).
 */
export function imageUrl(url: string | null | undefined): string {
  if (!url) return ''
  // #ifdef H5
  const match = /^https?:\/\/[^/]+(\/web\/image\/.*|\/mall\/campaign\/\d+\/banner.*)$/.exec(url)
  if (match) return window.location.origin + match[1]
  // #endif
  return url
}

export function toast(title: string) {
  uni.showToast({ title, icon: 'none', duration: 2000 })
}

export function confirmModal(content: string, title = '提示'): Promise<boolean> {
  return new Promise((resolve) => {
    uni.showModal({
      title,
      content,
      confirmText: '确定',
      cancelText: '取消',
      success: (res) => resolve(!!res.confirm),
      fail: () => resolve(false),
    })
  })
}

/** Storage hand-over between pages (e.g. the address chosen for checkout). */
export function handOver<T>(key: string, value?: T): T | undefined {
  if (value !== undefined) {
    uni.setStorageSync(key, value)
    return value
  }
  const stored = uni.getStorageSync(key) as T | ''
  if (stored === '' || stored === undefined || stored === null) return undefined
  uni.removeStorageSync(key)
  return stored as T
}

/** A mainland China mobile number: 11 digits starting 13–19. */
export function isChineseMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value.replace(/[\s-]/g, ''))
}

export interface AddressForm {
  name: string
  phone: string
  province: string
  city: string
  district: string
  detail: string
}

/** The first problem of an address form, in Chinese, or '' when it is fine. */
export function addressProblem(form: AddressForm): string {
  if (!form.name.trim()) return '请填写收货人'
  if (!isChineseMobile(form.phone)) return '请填写正确的手机号码'
  if (!form.province.trim() || !form.city.trim()) return '请填写省份和城市'
  if (!form.detail.trim()) return '请填写详细地址'
  return ''
}

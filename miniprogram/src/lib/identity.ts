// 实名认证: the same checks as the server (GB 11643), before a request is sent.

const WEIGHTS = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11)
const CHECK_CHARS = '10X98765432'
const NAME = /^[\u3400-\u9fa5A-Za-z][\u3400-\u9fa5A-Za-z·・• ]{0,28}[\u3400-\u9fa5A-Za-z]$/

export function normalizeIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase()
}

export function checkChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

/** What is wrong with the name (a message), or null. */
export function nameError(name: string): string | null {
  return NAME.test(name.trim()) ? null : '请输入与身份证一致的真实姓名'
}

/** What is wrong with the ID number (a message), or null. */
export function idNumberError(value: string, today: Date = new Date()): string | null {
  const number = normalizeIdNumber(value)
  if (!/^[1-8]\d{16}[\dX]$/.test(number)) return '请输入 18 位身份证号码'
  if (checkChar(number.slice(0, 17)) !== number[17]) return '身份证号码有误，请核对后重新输入'
  const y = Number(number.slice(6, 10))
  const m = Number(number.slice(10, 12))
  const d = Number(number.slice(12, 14))
  const born = new Date(Date.UTC(y, m - 1, d))
  const valid = born.getUTCFullYear() === y && born.getUTCMonth() === m - 1 && born.getUTCDate() === d
  if (!valid || y < 1900 || born.getTime() > today.getTime()) return '身份证号码中的出生日期不正确'
  return null
}

// the API's refusals of POST /me/identity, as the page words them
const MESSAGES: Record<string, string> = {
  identity_mismatch: '姓名与身份证号码不一致，请核对后重新输入',
  identity_in_use: '该身份证号码已被其他账号实名认证',
  identity_unavailable: '实名认证服务暂时不可用，请稍后重试',
  already_verified: '您已完成实名认证',
}

export function identityErrorText(code: string, fallback: string): string {
  return MESSAGES[code] || fallback
}

// The shopper's session: token and member in storage, the launch scene,
// login (wx.login → POST /auth/login) and the silent re-login of the request layer.
import { reactive } from 'vue'
import { loginCode } from './platform'

const TOKEN_KEY = 'mall_token'
const MEMBER_KEY = 'mall_member'

export interface SessionMember {
  id: number
  nickname: string
  avatar_url?: string | null
  phone?: string | null
}

interface State {
  token: string
  member: SessionMember | null
  scene: string
}

function read<T>(key: string, fallback: T): T {
  try {
    const value = uni.getStorageSync(key)
    return (value || fallback) as T
  } catch {
    return fallback
  }
}

export const sessionState = reactive<State>({
  token: '',
  member: null,
  scene: '',
})

let loaded = false
function load() {
  if (loaded) return
  loaded = true
  sessionState.token = read(TOKEN_KEY, '')
  sessionState.member = read<SessionMember | null>(MEMBER_KEY, null)
}

type LoginFn = (body: { code: string; scene?: string }) => Promise<{ token: string; member: SessionMember }>
let loginCall: LoginFn | null = null

export const session = {
  /** Wired by api.ts (avoids an import cycle). */
  useLogin(fn: LoginFn) {
    loginCall = fn
  },
  setScene(scene: string) {
    sessionState.scene = scene
  },
  token(): string | undefined {
    load()
    return sessionState.token || undefined
  },
  member(): SessionMember | null {
    load()
    return sessionState.member
  },
  isLoggedIn(): boolean {
    return !!session.token()
  },
  setMember(member: SessionMember) {
    sessionState.member = member
    uni.setStorageSync(MEMBER_KEY, member)
  },
  async login(): Promise<string> {
    if (!loginCall) throw new Error('login is not wired')
    const code = await loginCode()
    const body: { code: string; scene?: string } = { code }
    if (sessionState.scene) body.scene = sessionState.scene.slice(0, 64)
    const result = await loginCall(body)
    sessionState.token = result.token
    uni.setStorageSync(TOKEN_KEY, result.token)
    session.setMember(result.member)
    loaded = true
    return result.token
  },
  clear() {
    sessionState.token = ''
    sessionState.member = null
    uni.removeStorageSync(TOKEN_KEY)
    uni.removeStorageSync(MEMBER_KEY)
  },
}

// The one request layer: base URL per environment, the bearer token, the
// `{error: {code, message}}` shape shown as a Chinese toast, an
// Idempotency-Key where asked, and 401 → one silent re-login and retry
// (public routes: the token only when there is one, never a login).
// Platform-free (the transport, storage and toast are injected) so it is unit-tested.

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT'

export interface TransportRequest {
  url: string
  method: Method
  data?: unknown
  header: Record<string, string>
}

export interface TransportResponse {
  statusCode: number
  data: unknown
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined | null>
  body?: unknown
  /**
   * Send the bearer token (default true: log in first when there is none,
   * and log in again on 401). `'optional'`: public routes that answer more to
   * a member (member prices): the token when there is one, never a login, and
   * on 401 the same request once more without it.
   */
  auth?: boolean | 'optional'
  /** `Idempotency-Key` header (order creation). */
  idempotencyKey?: string
  /** No toast on error (the caller shows its own). */
  silent?: boolean
}

export class ApiError extends Error {
  status: number
  code: string
  constructor(status: number, code: string, message: string) {
    super(message)
    this.status = status
    this.code = code
  }
}

export const NETWORK_ERROR_MESSAGE = '网络连接失败，请稍后再试'
export const SERVER_ERROR_MESSAGE = '服务器开小差了，请稍后再试'

export interface ClientConfig {
  baseUrl: string
  transport: Transport
  getToken: () => string | undefined
  /** Log in again (silently); resolves to the new token, rejects when it cannot. */
  relogin: () => Promise<string>
  toast: (message: string) => void
}

export function buildQuery(query?: RequestOptions['query']): string {
  if (!query) return ''
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

/** The error of a response: the API's shape, else a generic Chinese message. */
export function errorOf(status: number, data: unknown): ApiError {
  const error = (data as { error?: { code?: unknown; message?: unknown } } | null)?.error
  if (error && typeof error.code === 'string') {
    const message = typeof error.message === 'string' && error.message ? error.message : SERVER_ERROR_MESSAGE
    return new ApiError(status, error.code, message)
  }
  return new ApiError(status, status >= 500 ? 'server_error' : 'http_error', SERVER_ERROR_MESSAGE)
}

/** A random key for `Idempotency-Key` (UUID v4 shaped). */
export function newIdempotencyKey(random: () => number = Math.random): string {
  const hex = '0123456789abcdef'
  let out = ''
  for (let i = 0; i < 36; i++) {
    if ([8, 13, 18, 23].includes(i)) out += '-'
    else if (i === 14) out += '4'
    else if (i === 19) out += hex[(Math.floor(random() * 16) & 0x3) | 0x8]
    else out += hex[Math.floor(random() * 16)]
  }
  return out
}

export function createClient(config: ClientConfig) {
  let relogging: Promise<string> | null = null

  function reloginOnce(): Promise<string> {
    if (!relogging) {
      relogging = config.relogin().finally(() => {
        relogging = null
      })
    }
    return relogging
  }

  async function send(method: Method, path: string, options: RequestOptions, token?: string) {
    const header: Record<string, string> = { 'Content-Type': 'application/json' }
    if (token) header.Authorization = `Bearer ${token}`
    if (options.idempotencyKey) header['Idempotency-Key'] = options.idempotencyKey
    return config.transport({
      url: `${config.baseUrl}${path}${buildQuery(options.query)}`,
      method,
      data: options.body,
      header,
    })
  }

  async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
    const auth = options.auth !== false && options.auth !== 'optional'
    const optional = options.auth === 'optional'
    const fail = (error: ApiError): never => {
      if (!options.silent) config.toast(error.message)
      throw error
    }
    let response: TransportResponse
    try {
      let token = auth || optional ? config.getToken() : undefined
      if (auth && !token) token = await reloginOnce()
      response = await send(method, path, options, token)
      if (auth && response.statusCode === 401) {
        // expired or revoked token: log in again silently, retry once
        token = await reloginOnce()
        response = await send(method, path, options, token)
      } else if (optional && token && response.statusCode === 401) {
        // a public route refusing a stale token: ask as a visitor
        response = await send(method, path, options, undefined)
      }
    } catch (error) {
      if (error instanceof ApiError) return fail(error)
      return fail(new ApiError(0, 'network_error', NETWORK_ERROR_MESSAGE))
    }
    if (response.statusCode >= 200 && response.statusCode < 300) {
      return (response.statusCode === 204 ? undefined : response.data) as T
    }
    return fail(errorOf(response.statusCode, response.data))
  }

  return {
    request,
    get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
    post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
    patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
      request<T>('PATCH', path, { ...options, body }),
    del: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  }
}

export type Client = ReturnType<typeof createClient>

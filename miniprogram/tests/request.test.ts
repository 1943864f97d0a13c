import { describe, expect, it, vi } from 'vitest'
import {
  ApiError,
  buildQuery,
  createClient,
  NETWORK_ERROR_MESSAGE,
  newIdempotencyKey,
  SERVER_ERROR_MESSAGE,
  type TransportRequest,
  type TransportResponse,
} from '@/lib/request'

function setup(responses: (TransportResponse | Error)[], token: string | null = 'old') {
  const sent: TransportRequest[] = []
  const toasts: string[] = []
  let current: string | undefined = token ?? undefined
  const relogin = vi.fn(async () => {
    current = 'new'
    return 'new'
  })
  const client = createClient({
    baseUrl: 'https://shop.example.com/mall/v1',
    transport: async (req) => {
      sent.push(req)
      const next = responses.shift()
      if (!next) throw new Error('no more responses')
      if (next instanceof Error) throw next
      return next
    },
    getToken: () => current,
    relogin,
    toast: (m) => toasts.push(m),
  })
  return { client, sent, toasts, relogin }
}

describe('request layer', () => {
  it('sends the bearer token to the base URL with a query string', async () => {
    const { client, sent } = setup([{ statusCode: 200, data: { items: [] } }])
    const body = await client.get<{ items: unknown[] }>('/orders', { query: { state: 'paid', page: 1, q: undefined } })
    expect(body).toEqual({ items: [] })
    expect(sent[0].url).toBe('https://shop.example.com/mall/v1/orders?state=paid&page=1')
    expect(sent[0].method).toBe('GET')
    expect(sent[0].header.Authorization).toBe('Bearer old')
    expect(sent[0].header['Idempotency-Key']).toBeUndefined()
  })

  it('sends no token when auth is off', async () => {
    const { client, sent, relogin } = setup([{ statusCode: 200, data: {} }], null)
    await client.get('/products', { auth: false })
    expect(sent[0].header.Authorization).toBeUndefined()
    expect(relogin).not.toHaveBeenCalled()
  })

  it('optional auth sends the token when there is one, without logging in', async () => {
    const { client, sent, relogin } = setup([{ statusCode: 200, data: { member_level: '银卡会员' } }])
    expect(await client.get('/products', { auth: 'optional' })).toEqual({ member_level: '银卡会员' })
    expect(sent[0].header.Authorization).toBe('Bearer old')
    expect(relogin).not.toHaveBeenCalled()
  })

  it('optional auth never forces a login on a visitor', async () => {
    const { client, sent, relogin } = setup([{ statusCode: 200, data: {} }], null)
    await client.get('/products/3', { auth: 'optional' })
    expect(sent[0].header.Authorization).toBeUndefined()
    expect(relogin).not.toHaveBeenCalled()
  })

  it('optional auth asks again as a visitor on 401, without a re-login or a toast', async () => {
    const { client, sent, relogin, toasts } = setup([
      { statusCode: 401, data: { error: { code: 'unauthorized', message: '登录已过期' } } },
      { statusCode: 200, data: { id: 3 } },
    ])
    expect(await client.get('/products/3', { auth: 'optional' })).toEqual({ id: 3 })
    expect(sent.map((r) => r.header.Authorization)).toEqual(['Bearer old', undefined])
    expect(relogin).not.toHaveBeenCalled()
    expect(toasts).toEqual([])
  })

  it('optional auth: other errors are errors', async () => {
    const { client, sent, toasts } = setup([{ statusCode: 404, data: { error: { code: 'not_found', message: '商品不存在' } } }])
    await expect(client.get('/products/9', { auth: 'optional' })).rejects.toMatchObject({ code: 'not_found' })
    expect(sent).toHaveLength(1)
    expect(toasts).toEqual(['商品不存在'])
  })

  it('logs in first when there is no token yet', async () => {
    const { client, sent, relogin } = setup([{ statusCode: 200, data: {} }], null)
    await client.get('/cart')
    expect(relogin).toHaveBeenCalledTimes(1)
    expect(sent[0].header.Authorization).toBe('Bearer new')
  })

  it('puts the Idempotency-Key on order creation', async () => {
    const { client, sent } = setup([{ statusCode: 201, data: { id: 7 } }])
    await client.post('/orders', { address_id: 1 }, { idempotencyKey: 'key-1' })
    expect(sent[0].header['Idempotency-Key']).toBe('key-1')
    expect(sent[0].data).toEqual({ address_id: 1 })
  })

  it('makes UUID-shaped keys, different each time', () => {
    const a = newIdempotencyKey()
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(newIdempotencyKey()).not.toBe(a)
  })

  it('on 401 logs in again silently and retries once', async () => {
    const { client, sent, toasts, relogin } = setup([
      { statusCode: 401, data: { error: { code: 'unauthorized', message: '请先登录' } } },
      { statusCode: 200, data: { id: 1 } },
    ])
    expect(await client.get('/me')).toEqual({ id: 1 })
    expect(relogin).toHaveBeenCalledTimes(1)
    expect(sent.map((r) => r.header.Authorization)).toEqual(['Bearer old', 'Bearer new'])
    expect(toasts).toEqual([])
  })

  it('one re-login for several requests that meet 401 together', async () => {
    const { client, relogin } = setup([
      { statusCode: 401, data: {} },
      { statusCode: 401, data: {} },
      { statusCode: 200, data: 1 },
      { statusCode: 200, data: 2 },
    ])
    await Promise.all([client.get('/me'), client.get('/cart')])
    expect(relogin).toHaveBeenCalledTimes(1)
  })

  it('a second 401 is an error (no loop)', async () => {
    const { client, toasts } = setup([
      { statusCode: 401, data: {} },
      { statusCode: 401, data: { error: { code: 'unauthorized', message: '登录已过期' } } },
    ])
    await expect(client.get('/me')).rejects.toMatchObject({ status: 401, code: 'unauthorized' })
    expect(toasts).toEqual(['登录已过期'])
  })

  it('shows the API error message as a Chinese toast and rejects with its code', async () => {
    const { client, toasts } = setup([
      { statusCode: 409, data: { error: { code: 'out_of_stock', message: '库存不足' } } },
    ])
    const error = await client.post('/orders', {}).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 409, code: 'out_of_stock', message: '库存不足' })
    expect(toasts).toEqual(['库存不足'])
  })

  it('silent requests show no toast', async () => {
    const { client, toasts } = setup([{ statusCode: 404, data: { error: { code: 'not_found', message: '不存在' } } }])
    await expect(client.get('/orders/1/tracking', { silent: true })).rejects.toMatchObject({ code: 'not_found' })
    expect(toasts).toEqual([])
  })

  it('a 5xx without the error shape and a network failure read in Chinese', async () => {
    const { client, toasts } = setup([{ statusCode: 502, data: '<html>bad gateway</html>' }, new Error('timeout')])
    await expect(client.get('/products', { auth: false })).rejects.toMatchObject({ code: 'server_error' })
    await expect(client.get('/products', { auth: false })).rejects.toMatchObject({ code: 'network_error' })
    expect(toasts).toEqual([SERVER_ERROR_MESSAGE, NETWORK_ERROR_MESSAGE])
  })

  it('a failed re-login is a rejected request with a toast', async () => {
    const toasts: string[] = []
    const client = createClient({
      baseUrl: '',
      transport: async () => ({ statusCode: 401, data: {} }),
      getToken: () => 'old',
      relogin: () => Promise.reject(new ApiError(503, 'wechat_unavailable', '微信服务繁忙')),
      toast: (m) => toasts.push(m),
    })
    await expect(client.get('/me')).rejects.toMatchObject({ code: 'wechat_unavailable' })
    expect(toasts).toEqual(['微信服务繁忙'])
  })

  it('204 resolves to undefined', async () => {
    const { client } = setup([{ statusCode: 204, data: '' }])
    expect(await client.del('/addresses/3')).toBeUndefined()
  })

  it('builds query strings', () => {
    expect(buildQuery({ q: '五常 大米', page: 2, empty: '', none: null })).toBe('?q=%E4%BA%94%E5%B8%B8%20%E5%A4%A7%E7%B1%B3&page=2')
    expect(buildQuery({})).toBe('')
  })
})

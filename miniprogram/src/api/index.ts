// The /mall/v1 routes the pages call, typed by the generated contract (schema.d.ts).
import type { components } from './schema'
import { createClient, newIdempotencyKey, type Transport } from '@/lib/request'
import { session } from '@/lib/session'
import { apiBaseUrl } from '@/lib/platform'

type S = components['schemas']
export type Category = S['Category']
export type ProductItem = S['ProductItem']
export type ProductList = S['ProductList']
export type ProductDetail = S['ProductDetail']
export type Variant = S['Variant']
export type Cart = S['Cart']
export type CartLine = S['CartLine']
export type Order = S['Order']
export type OrderList = S['OrderList']
export type OrderState = Order['state']
export type OrderQuote = S['OrderQuote']
export type OrderCreate = S['OrderCreate']
export type PaymentParams = S['PaymentParams']
export type Address = S['Address']
export type AddressCreate = S['AddressCreate']
export type AddressUpdate = S['AddressUpdate']
export type Member = S['Member']
export type LoginResponse = S['LoginResponse']
export type AfterSale = S['AfterSale']
export type AfterSaleList = S['AfterSaleList']
export type AfterSaleCreate = S['AfterSaleCreate']
export type ServiceContact = S['ServiceContact']
export type TrackingList = S['TrackingList']
export type CenterCoupon = S['CenterCoupon']
export type MemberCoupon = S['MemberCoupon']
export type MemberPoints = S['MemberPoints']
export type PointsLine = S['PointsLine']
export type QuotePoints = S['QuotePoints']
export type OrderLine = S['OrderLine']
export type ProductReview = S['ProductReview']
export type ProductReviewList = S['ProductReviewList']
export type ProductDetailReviews = S['ProductDetailReviews']
export type ReviewImage = S['ReviewImage']
export type MyReview = S['MyReview']
export type MyReviewList = S['MyReviewList']
export type ReviewableLine = S['ReviewableLine']
export type ReviewableLineList = S['ReviewableLineList']
export type ReviewCreate = S['ReviewCreate']
export type FollowUpCreate = S['FollowUpCreate']
export type ShareItem = S['ShareItem']
export type ShareList = S['ShareList']
export type ShareOpenResult = S['ShareOpenResult']
export type InviteList = S['InviteList']
export type InviteItem = S['InviteItem']
export type Promoter = S['Promoter']
export type CommissionLine = S['CommissionLine']
export type CommissionList = S['CommissionList']
export type Withdrawal = S['Withdrawal']
export type WithdrawalList = S['WithdrawalList']
export type FlashSale = S['FlashSale']
export type FlashSaleItem = S['FlashSaleItem']
export type FlashSaleList = S['FlashSaleList']
export type FlashOrder = S['FlashOrder']
export type FlashOrderCreate = S['FlashOrderCreate']
export type MemberCoins = S['MemberCoins']
export type CoinLine = S['CoinLine']
export type MemberIdentity = S['MemberIdentity']
export type IdentityRequest = S['IdentityRequest']
export type PointsMallProduct = S['PointsMallProduct']
export type PointsMallProductDetail = S['PointsMallProductDetail']
export type PointsMallOrderCreate = S['PointsMallOrderCreate']
export type GroupOffer = S['GroupOffer']
export type GroupOfferDetail = S['GroupOfferDetail']
export type GroupOfferList = S['GroupOfferList']
export type GroupDetail = S['GroupDetail']
export type GroupBuyOrder = S['GroupBuyOrder']
export type GroupBuyOrderCreate = S['GroupBuyOrderCreate']
export type MyGroup = S['MyGroup']
export type MyGroupList = S['MyGroupList']
export type Campaign = S['Campaign']
export type CampaignDetail = S['CampaignDetail']
export type CampaignList = S['CampaignList']
export type Lottery = S['Lottery']
export type LotteryList = S['LotteryList']
export type LotteryWindow = S['LotteryWindow']
export type LotteryDraw = S['LotteryDraw']
export type LotteryRegistration = S['LotteryRegistration']
export type LotteryRegistrationList = S['LotteryRegistrationList']
export type LotteryOrderRequest = S['LotteryOrderRequest']

const uniTransport: Transport = (req) =>
  new Promise((resolve, reject) => {
    uni.request({
      url: req.url,
      method: req.method as 'GET',
      data: req.data as UniApp.RequestOptions['data'],
      header: req.header,
      timeout: 30000,
      success: (res) => resolve({ statusCode: res.statusCode, data: res.data }),
      fail: (err) => reject(err),
    })
  })

export const client = createClient({
  baseUrl: apiBaseUrl(),
  transport: uniTransport,
  getToken: () => session.token(),
  relogin: () => session.login(),
  toast: (message) => uni.showToast({ title: message, icon: 'none', duration: 2500 }),
})

session.useLogin((body) => client.post<LoginResponse>('/auth/login', body, { auth: false }))

export const api = {
  categories: () => client.get<S['CategoryList']>('/categories', { auth: false }),
  // public, with the member's prices when the shopper is logged in
  products: (query: { category_id?: number; q?: string; sort?: string; page?: number; page_size?: number }) =>
    client.get<ProductList>('/products', { query, auth: 'optional' }),
  product: (id: number) => client.get<ProductDetail>(`/products/${id}`, { auth: 'optional' }),
  productReviews: (id: number, query: { with_photos?: boolean; page?: number; page_size?: number }) =>
    client.get<ProductReviewList>(`/products/${id}/reviews`, { query, auth: false }),

  me: () => client.get<Member>('/me'),
  bindPhone: (code: string) => client.post<Member>('/me/phone', { code }),
  logout: () => client.post<void>('/auth/logout'),

  cart: () => client.get<Cart>('/cart'),
  addToCart: (product_id: number, qty: number) => client.post<Cart>('/cart/lines', { product_id, qty }),
  setCartQty: (lineId: number, qty: number) => client.patch<Cart>(`/cart/lines/${lineId}`, { qty }),
  removeCartLine: (lineId: number) => client.del<Cart>(`/cart/lines/${lineId}`),

  addresses: () => client.get<S['AddressList']>('/addresses'),
  address: (id: number) => client.get<Address>(`/addresses/${id}`),
  createAddress: (body: AddressCreate) => client.post<Address>('/addresses', body),
  updateAddress: (id: number, body: AddressUpdate) => client.patch<Address>(`/addresses/${id}`, body),
  deleteAddress: (id: number) => client.del<void>(`/addresses/${id}`),

  quote: (body: OrderCreate) => client.post<OrderQuote>('/orders/quote', body),
  createOrder: (body: OrderCreate, idempotencyKey: string = newIdempotencyKey()) =>
    client.post<Order>('/orders', body, { idempotencyKey }),
  orders: (query: { state?: string; page?: number; page_size?: number }) =>
    client.get<OrderList>('/orders', { query }),
  order: (id: number) => client.get<Order>(`/orders/${id}`),
  pay: (id: number) => client.post<PaymentParams>(`/orders/${id}/pay`),
  cancelOrder: (id: number) => client.post<Order>(`/orders/${id}/cancel`),
  receiveOrder: (id: number) => client.post<Order>(`/orders/${id}/receive`),
  tracking: (id: number) => client.get<TrackingList>(`/orders/${id}/tracking`, { silent: true }),

  afterSales: (query: { order_id?: number; page?: number; page_size?: number }) =>
    client.get<AfterSaleList>('/after-sales', { query }),
  afterSale: (id: number) => client.get<AfterSale>(`/after-sales/${id}`),
  createAfterSale: (body: AfterSaleCreate) => client.post<AfterSale>('/after-sales', body),
  returnShipment: (id: number, body: { carrier: string; tracking_number: string }) =>
    client.post<AfterSale>(`/after-sales/${id}/return-shipment`, body),
  cancelAfterSale: (id: number) => client.post<AfterSale>(`/after-sales/${id}/cancel`),
  serviceContact: (order_id?: number) => client.get<ServiceContact>('/service/contact', { query: { order_id } }),

  couponCenter: () => client.get<S['CenterCouponList']>('/coupons'),
  claimCoupon: (id: number) => client.post<MemberCoupon>(`/coupons/${id}/claim`),
  myCoupons: (state?: 'usable' | 'used' | 'expired') => client.get<S['MemberCouponList']>('/me/coupons', { query: { state } }),
  redeemCoupon: (code: string) => client.post<MemberCoupon>('/me/coupons/redeem', { code }),

  myPoints: (query: { page?: number; page_size?: number } = {}) => client.get<MemberPoints>('/me/points', { query }),
  myCoins: (query: { page?: number; page_size?: number } = {}) => client.get<MemberCoins>('/me/coins', { query }),

  // 实名认证 (mall_identity): errors are shown by the page, not as a toast
  myIdentity: () => client.get<MemberIdentity>('/me/identity'),
  verifyIdentity: (body: IdentityRequest) => client.post<MemberIdentity>('/me/identity', body, { silent: true }),

  // 积分商城 (mall_points_mall)
  pointsMallProducts: (query: { page?: number; page_size?: number } = {}) =>
    client.get<S['PointsMallProductList']>('/points-mall/products', { query, auth: false }),
  pointsMallProduct: (id: number) => client.get<PointsMallProductDetail>(`/points-mall/products/${id}`, { auth: false }),
  exchangePointsMall: (body: PointsMallOrderCreate, idempotencyKey: string = newIdempotencyKey()) =>
    client.post<Order>('/points-mall/orders', body, { idempotencyKey }),
  cancelPointsMallOrder: (id: number) => client.post<Order>(`/points-mall/orders/${id}/cancel`),

  createReview: (body: ReviewCreate) => client.post<MyReview>('/reviews', body),
  followUpReview: (id: number, body: FollowUpCreate) => client.post<MyReview>(`/reviews/${id}/follow-up`, body),
  myReviews: (query: { state?: 'pending' | 'published' | 'hidden'; page?: number; page_size?: number }) =>
    client.get<MyReviewList>('/me/reviews', { query }),
  linesToReview: (query: { page?: number; page_size?: number }) =>
    client.get<ReviewableLineList>('/me/reviews/pending', { query }),

  // sharing (mall_share): a product's or a campaign's share (none: an invitation), the opens of a scene
  share: (body: { product_id?: number; campaign_id?: number; channel: 'link' | 'poster' }) => client.post<ShareItem>('/shares', body),
  openShare: (body: { scene: string; client_id?: string }) =>
    client.post<ShareOpenResult>('/shares/open', body, { auth: 'optional', silent: true }),
  myShares: () => client.get<ShareList>('/me/shares'),
  myInvites: () => client.get<InviteList>('/me/invites'),
  promoter: () => client.get<Promoter>('/me/promoter'),
  applyPromoter: (real_name: string) => client.post<Promoter>('/me/promoter/apply', { real_name }),
  commissions: (query: { page?: number; page_size?: number } = {}) =>
    client.get<CommissionList>('/me/promoter/commissions', { query }),
  withdrawals: (query: { page?: number; page_size?: number } = {}) =>
    client.get<WithdrawalList>('/me/promoter/withdrawals', { query }),
  withdraw: (body: { amount: number; real_name?: string | null }) =>
    client.post<Withdrawal>('/me/promoter/withdrawals', body),
  flashSales: () => client.get<FlashSaleList>('/flash-sales', { auth: false }),
  flashSale: (id: number) => client.get<FlashSale>(`/flash-sales/${id}`, { auth: false }),
  // silent: the page says why a flash order was refused (sold out, limit...)
  buyFlash: (saleId: number, body: FlashOrderCreate, idempotencyKey: string = newIdempotencyKey()) =>
    client.post<FlashOrder>(`/flash-sales/${saleId}/orders`, body, { idempotencyKey, silent: true }),
  flashOrder: (id: number) => client.get<FlashOrder>(`/flash-orders/${id}`),
  makeFlashOrder: (id: number) => client.post<FlashOrder>(`/flash-orders/${id}/order`),

  // 拼团 (mall_group_buy): offers, groups, opening or joining with an order paid as any other
  groupBuys: (options: { silent?: boolean } = {}) => client.get<GroupOfferList>('/group-buys', options),
  groupBuy: (id: number) => client.get<GroupOfferDetail>(`/group-buys/${id}`),
  // silent: the confirm page shows why a quote was refused (sold out, group full...)
  quoteGroupOrder: (offerId: number, body: GroupBuyOrderCreate) =>
    client.post<OrderQuote>(`/group-buys/${offerId}/quote`, body, { silent: true }),
  placeGroupOrder: (offerId: number, body: GroupBuyOrderCreate, idempotencyKey: string) =>
    client.post<GroupBuyOrder>(`/group-buys/${offerId}/orders`, body, { idempotencyKey }),
  group: (id: number, options: { silent?: boolean } = {}) => client.get<GroupDetail>(`/groups/${id}`, options),
  myGroups: () => client.get<MyGroupList>('/me/groups'),

  // 活动 (mall_campaign): the running campaigns; one with its products (the
  // member's prices when logged in) and its new-member gift
  campaigns: (query: { code?: string } = {}, options: { silent?: boolean } = {}) =>
    client.get<CampaignList>('/campaigns', { query, auth: false, ...options }),
  campaign: (id: number, options: { silent?: boolean } = {}) =>
    client.get<CampaignDetail>(`/campaigns/${id}`, { auth: 'optional', ...options }),
  // 抢签 (mall_lottery): silent where the page says why (not open, already registered, real name)
  lotteries: () => client.get<LotteryList>('/lotteries'),
  lottery: (id: number) => client.get<Lottery>(`/lotteries/${id}`),
  registerLottery: (id: number) =>
    client.post<LotteryRegistration>(`/lotteries/${id}/registrations`, undefined, { silent: true }),
  myLotteryRegistrations: () => client.get<LotteryRegistrationList>('/me/lottery-registrations'),
  orderLottery: (registrationId: number, body: LotteryOrderRequest, idempotencyKey: string = newIdempotencyKey()) =>
    client.post<Order>(`/me/lottery-registrations/${registrationId}/order`, body, { idempotencyKey, silent: true }),
}

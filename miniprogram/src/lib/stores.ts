import { api } from '@/api'
import { createCartStore } from './cart'

/** The one cart of the app (tab 购物车, the product page's badge). */
export const cartStore = createCartStore(api)

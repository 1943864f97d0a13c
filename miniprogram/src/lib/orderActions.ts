// The actions on an order shared by the list and the detail page.
import { api, type Order } from '@/api'
import { confirmModal } from './ui'

export async function orderAction(name: 'pay' | 'cancel' | 'receive' | 'after_sale', order: Order): Promise<Order | null> {
  if (name === 'pay') {
    uni.navigateTo({ url: `/pages/order/pay?id=${order.id}` })
    return null
  }
  if (name === 'after_sale') {
    uni.navigateTo({ url: `/pages/after-sale/apply?order_id=${order.id}` })
    return null
  }
  if (name === 'cancel') {
    if (!(await confirmModal('确定取消该订单吗？'))) return null
    const updated = await api.cancelOrder(order.id)
    uni.showToast({ title: '订单已取消', icon: 'none' })
    return updated
  }
  if (!(await confirmModal('请确认已收到商品。确认收货后，如有问题仍可申请售后。', '确认收货'))) return null
  const updated = await api.receiveOrder(order.id)
  uni.showToast({ title: '已确认收货', icon: 'success' })
  return updated
}

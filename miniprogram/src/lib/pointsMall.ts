// 积分商城: what an exchange costs and whether the member can afford it.

export interface Price {
  coins: number
  points: number
}

export function exchangeCost(price: Price, qty: number): Price {
  return { coins: price.coins * qty, points: price.points * qty }
}

export function costText(price: Price): string {
  return `${price.coins} 活动币 + ${price.points} 积分`
}

/** Why the member cannot exchange (a message), or null; null balances: not known yet. */
export function shortOf(cost: Price, coins: number | null, points: number | null): string | null {
  if (coins !== null && coins < cost.coins) return `活动币不足（还差 ${cost.coins - coins} 个）`
  if (points !== null && points < cost.points) return `积分不足（还差 ${cost.points - points} 积分）`
  return null
}

/** The most units the balances allow (at least 1 so the stepper shows), up to 99. */
export function maxUnits(price: Price, coins: number | null, points: number | null): number {
  const byCoins = coins === null ? 99 : Math.floor(coins / Math.max(price.coins, 1))
  const byPoints = points === null ? 99 : Math.floor(points / Math.max(price.points, 1))
  return Math.max(1, Math.min(99, byCoins, byPoints))
}

// H5 demo mode: where the WeChat simulator's pay page is. Odoo (mall_h5)
// answers /mall/h5/config.json with the payment provider's simulator URL when
// the provider is in test mode against the simulator; null otherwise.
export interface DemoConfig {
  pay_simulator_url: string | null
}

let cached: Promise<DemoConfig> | null = null

export function demoConfig(): Promise<DemoConfig> {
  if (!cached) {
    cached = new Promise((resolve) => {
      uni.request({
        url: '/mall/h5/config.json',
        success: (res) => resolve((res.statusCode === 200 ? res.data : { pay_simulator_url: null }) as DemoConfig),
        fail: () => resolve({ pay_simulator_url: null }),
      })
    })
  }
  return cached
}

// The server's clock on the phone: every countdown of the client (flash
// sales, groups, lottery windows, coins) counts on the server's time, from a
// `server_time` the API answered, never on the phone's own clock.

/** An instant of the API in ms; the API sends ISO 8601 with an offset, a naive one is UTC. NaN when none. */
export function parseTime(value: string | null | undefined): number {
  if (!value) return NaN
  const text = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : value + 'Z'
  return new Date(text).getTime()
}

/** Milliseconds to add to the phone's clock to get the server's, from a `server_time` answered at `phoneNow`. */
export function clockOffset(serverTime: string | null | undefined, phoneNow: number = Date.now()): number {
  const server = parseTime(serverTime)
  return Number.isFinite(server) ? server - phoneNow : 0
}

/** Milliseconds left until `at` on the server's clock (never negative; 0 without a time). */
export function msUntil(at: string | null | undefined, offset: number, phoneNow: number = Date.now()): number {
  const target = parseTime(at)
  if (!Number.isFinite(target)) return 0
  return Math.max(0, target - (phoneNow + offset))
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** `HH:MM:SS`, with days as `N天 HH:MM:SS`; `00:00:00` at the end. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const days = Math.floor(total / 86400)
  const clock = `${pad(Math.floor((total % 86400) / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`
  return days > 0 ? `${days}天 ${clock}` : clock
}

/** `HH:MM:SS` with the hours past 24 (`47:59:59`: a coin lives 48 hours). */
export function formatHours(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds at which the oldest counted request leaves the window (a slot frees up). */
  resetAt: number;
  /** Whole seconds until a request would be accepted; 0 when allowed. */
  retryAfterSeconds: number;
}

/**
 * Sliding window per API key, as documented. Accepted requests count; rejected ones (429) do not,
 * so a client that honours `Retry-After` gets in exactly when told.
 */
export class RateWindow {
  private readonly sentAt = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  take(key: string, nowMs: number): RateDecision {
    const recent = (this.sentAt.get(key) ?? []).filter((time) => time > nowMs - this.windowMs);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(nowMs);
    this.sentAt.set(key, recent);
    const slotFreesAtMs = (recent[0] ?? nowMs) + this.windowMs;
    return {
      allowed,
      limit: this.limit,
      remaining: this.limit - recent.length,
      resetAt: Math.ceil(slotFreesAtMs / 1000),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((slotFreesAtMs - nowMs) / 1000)),
    };
  }

  clear(): void {
    this.sentAt.clear();
  }
}

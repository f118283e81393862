// Login throttling, per account and per client address. Kept in memory only: the portal
// stores no IP addresses, and a restart forgetting a lock is acceptable for a single server.

export type ThrottleRule = {
  /** Failures allowed within the window before the key is locked. */
  maxFailures: number;
  windowMs: number;
  /** The first lock; each further failure while counting doubles it, up to maxLockMs. */
  lockMs: number;
  maxLockMs: number;
};

export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 60_000, maxLockMs: 15 * 60_000 };
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 5 * 60_000, maxLockMs: 60 * 60_000 };

type State = { failures: number; windowStart: number; lockedUntil: number };

export class LoginThrottle {
  private states = new Map<string, State>();
  constructor(
    private rule: ThrottleRule,
    private now: () => number = Date.now,
    private maxKeys = 10_000,
  ) {}

  /** Milliseconds until the key may try again; 0 when it may try now. */
  retryAfter(key: string): number {
    const state = this.states.get(key);
    if (!state) return 0;
    return Math.max(0, state.lockedUntil - this.now());
  }

  fail(key: string) {
    const now = this.now();
    let state = this.states.get(key);
    if (!state || now - state.windowStart > this.rule.windowMs) {
      state = { failures: 0, windowStart: now, lockedUntil: 0 };
    }
    state.failures += 1;
    if (state.failures >= this.rule.maxFailures) {
      const doublings = state.failures - this.rule.maxFailures;
      const lock = Math.min(this.rule.lockMs * 2 ** Math.min(doublings, 20), this.rule.maxLockMs);
      state.lockedUntil = now + lock;
      // A lock outlasts the counting window: keep the failures until it ends.
      state.windowStart = Math.max(state.windowStart, now + lock - this.rule.windowMs);
    }
    this.states.delete(key);
    this.states.set(key, state);
    this.prune(now);
  }

  succeed(key: string) {
    this.states.delete(key);
  }

  private prune(now: number) {
    if (this.states.size <= this.maxKeys) return;
    for (const [key, state] of this.states) {
      if (this.states.size <= this.maxKeys) break;
      if (state.lockedUntil < now) this.states.delete(key);
    }
    // Still full of live locks: drop the oldest, so memory stays bounded.
    while (this.states.size > this.maxKeys) {
      const oldest = this.states.keys().next().value;
      if (oldest === undefined) break;
      this.states.delete(oldest);
    }
  }
}

/** "2 Minuten", "1 Minute", "30 Sekunden" */
export function waitText(ms: number): string {
  if (ms >= 90_000) return `${Math.ceil(ms / 60_000)} Minuten`;
  if (ms > 59_000) return "1 Minute";
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds === 1 ? "1 Sekunde" : `${seconds} Sekunden`;
}

import { describe, expect, it } from "vitest";
import { LoginThrottle, waitText, type ThrottleRule } from "~/admin/throttle";

const rule: ThrottleRule = { maxFailures: 3, windowMs: 60_000, lockMs: 10_000, maxLockMs: 40_000 };

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("LoginThrottle", () => {
  it("lets a key try until the limit, then locks it with a doubling lock", () => {
    const time = clock();
    const throttle = new LoginThrottle(rule, time.now);
    throttle.fail("a");
    throttle.fail("a");
    expect(throttle.retryAfter("a")).toBe(0);
    throttle.fail("a");
    expect(throttle.retryAfter("a")).toBe(10_000);
    time.advance(10_000);
    expect(throttle.retryAfter("a")).toBe(0);
    throttle.fail("a");
    expect(throttle.retryAfter("a")).toBe(20_000);
    time.advance(20_000);
    throttle.fail("a");
    expect(throttle.retryAfter("a")).toBe(40_000);
    time.advance(40_000);
    throttle.fail("a");
    expect(throttle.retryAfter("a")).toBe(40_000);
  });

  it("keeps keys apart and forgets a key after a success", () => {
    const throttle = new LoginThrottle(rule, clock().now);
    for (let i = 0; i < 3; i += 1) throttle.fail("a");
    expect(throttle.retryAfter("a")).toBeGreaterThan(0);
    expect(throttle.retryAfter("b")).toBe(0);
    throttle.succeed("a");
    expect(throttle.retryAfter("a")).toBe(0);
  });

  it("starts counting afresh after the window", () => {
    const time = clock();
    const throttle = new LoginThrottle(rule, time.now);
    throttle.fail("a");
    throttle.fail("a");
    time.advance(61_000);
    throttle.fail("a");
    expect(throttle.retryAfter("a")).toBe(0);
  });

  it("holds at most maxKeys keys", () => {
    const throttle = new LoginThrottle(rule, clock().now, 100);
    for (let i = 0; i < 1000; i += 1) throttle.fail(`k${i}`);
    expect(throttle.retryAfter("k999")).toBe(0);
    // Internal bound: the newest keys survive, memory stays bounded.
    for (let i = 0; i < 3; i += 1) throttle.fail("k999");
    expect(throttle.retryAfter("k999")).toBeGreaterThan(0);
  });
});

describe("waitText", () => {
  it.each([
    [500, "1 Sekunde"],
    [30_000, "30 Sekunden"],
    [60_000, "1 Minute"],
    [15 * 60_000, "15 Minuten"],
  ])("%i ms → %s", (ms, text) => {
    expect(waitText(ms)).toBe(text);
  });
});

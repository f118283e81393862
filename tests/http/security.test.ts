// Security headers: what every response carries, and the page policy with its nonce.
import { describe, expect, it } from "vitest";
import { baseSecurityHeaders, contentSecurityPolicy, tileOrigin } from "~/http/security";

describe("baseSecurityHeaders", () => {
  it("sends the basic headers, and HSTS only over HTTPS", () => {
    const plain = baseSecurityHeaders({ https: false });
    expect(plain["X-Content-Type-Options"]).toBe("nosniff");
    expect(plain["Referrer-Policy"]).toBe("same-origin");
    expect(plain["Permissions-Policy"]).toContain("geolocation=(self)");
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    expect(baseSecurityHeaders({ https: true })["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
  });
});

describe("tileOrigin", () => {
  it.each([
    [undefined, null],
    ["", null],
    ["https://tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org"],
    ["http://127.0.0.1:8080/{z}/{x}/{y}.png", "http://127.0.0.1:8080"],
    ["ftp://tiles.example.org/{z}/{x}/{y}.png", null],
    ["not a url", null],
  ])("%s → %s", (url, origin) => {
    expect(tileOrigin(url)).toBe(origin);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts from the portal and the nonce only, and forbids plugins, <base> and framing", () => {
    const policy = contentSecurityPolicy("abc123", { tiles: null });
    expect(policy).toContain("script-src 'self' 'nonce-abc123'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("img-src 'self' data:;");
    expect(policy).not.toContain("unsafe-inline");
  });

  it("lets images come from the configured tile server", () => {
    expect(contentSecurityPolicy("n", { tiles: "https://tiles.example.org" })).toContain("img-src 'self' data: https://tiles.example.org");
  });
});

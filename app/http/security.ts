// Security headers of every response, as plain functions (the web server applies them).

/** Headers for every response: pages, assets and the JSON API. */
export function baseSecurityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    // Geolocation only for the portal itself ("Meinen Standort verwenden"); nothing else.
    "Permissions-Policy": "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** The origin of a tile URL template, for img-src; null for none or an unusable template. */
export function tileOrigin(tileUrl: string | undefined): string | null {
  if (!tileUrl) return null;
  try {
    const url = new URL(tileUrl.replace(/\{[a-z]\}/g, "0"));
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The Content-Security-Policy of a page: scripts only from the portal plus Remix's inline
 * scripts carrying this response's nonce, no plugins, no <base>, no framing; images also
 * from the configured tile server.
 */
export function contentSecurityPolicy(nonce: string, options: { tiles: string | null }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    `img-src 'self' data:${options.tiles ? ` ${options.tiles}` : ""}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

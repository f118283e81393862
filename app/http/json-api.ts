import { json } from "@remix-run/node";

/**
 * An answer of the public JSON API before it becomes an HTTP response. A route module of the
 * API exports `answer` (query parameters → JsonAnswer) and a loader that wraps it with
 * `toResponse`; the web server (scripts/serve.ts) calls `answer` directly for GET and HEAD.
 */
export type JsonAnswer = { status: number; headers: Record<string, string>; body: unknown };

export type JsonApiAnswer = (query: URLSearchParams) => Promise<JsonAnswer>;

export function jsonAnswer(body: unknown, headers: Record<string, string>, status = 200): JsonAnswer {
  return { status, headers, body };
}

/** The answer as a Remix loader returns it. */
export function toResponse({ status, headers, body }: JsonAnswer): Response {
  return json(body, { status, headers });
}

/** The Content-Type Remix's `json` sets, for answers written without it. */
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

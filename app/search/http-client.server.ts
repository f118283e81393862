// How this app speaks HTTP to Meilisearch: node:http on kept-alive connections, with
// uncompressed answers. Two clients share it: meilisearch-js (its `httpClient`) for keys,
// settings, documents and tasks, and a lean search client for the request path.
import { setMaxListeners } from "node:events";
import http from "node:http";
import https from "node:https";
import { urlToHttpOptions } from "node:url";
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  Meilisearch,
  type MultiSearchQuery,
  type MultiSearchResponse,
} from "meilisearch";

/*
 * Why not fetch:
 * - Meilisearch 1.21 (actix-web) gzips an answer when the request accepts it, which every
 *   fetch does, and then writes the head and the chunked body in two sends, on a socket
 *   without TCP_NODELAY. On a kept-alive connection Nagle's algorithm holds the body until
 *   the client acknowledges the head, and the client delays that ACK (40 ms on Linux):
 *   every request stalled about 40 ms. A request that does not ask for compression gets
 *   the answer with Content-Length in one send. It is a few kilobytes of JSON, so
 *   compression would save little even over a network.
 * - Node's fetch (undici) costs several times the CPU of node:http per request, on the
 *   portal's hot path.
 */

type Agents = { http: http.Agent; https: https.Agent };
const agentsByIdle = new Map<number, Agents>();

/** Kept-alive agents; idle sockets close after `idleMs`, before a proxy would drop them. */
function agentsFor(idleMs: number): Agents {
  let agents = agentsByIdle.get(idleMs);
  if (!agents) {
    // No Nagle on our side either: the request body follows its head at once.
    const options = { keepAlive: true, noDelay: true, timeout: idleMs };
    agents = { http: new http.Agent(options), https: new https.Agent(options) };
    agentsByIdle.set(idleMs, agents);
  }
  return agents;
}

type Exchange = {
  options: http.RequestOptions;
  body: Buffer | undefined;
  /** meilisearch-js's own timeout and task waits abort through a signal. */
  signal?: AbortSignal;
  /** Milliseconds of silence until the request fails (the lean client's timeout). */
  timeout?: { ms: number; onTimeout: () => Error };
};

/**
 * One request; resolves with the parsed JSON answer. An answer with an error status rejects
 * with MeilisearchApiError, as meilisearch-js's own fetch path would. An abort rejects with
 * the signal's reason, which meilisearch-js turns into its MeilisearchRequestTimeOutError.
 */
function exchange({ options, body, signal, timeout }: Exchange): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const transport = options.protocol === "https:" ? https : http;
    const request = transport.request(options, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        signal?.removeEventListener("abort", onAbort);
        const text = Buffer.concat(chunks).toString("utf8");
        let parsed: unknown;
        try {
          parsed = text === "" ? undefined : JSON.parse(text);
        } catch (error) {
          return reject(error);
        }
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) return resolve(parsed);
        const answer = new Response(null, { status, statusText: response.statusMessage ?? "" });
        reject(new MeilisearchApiError(answer, parsed as ConstructorParameters<typeof MeilisearchApiError>[1]));
      });
    });
    // meilisearch-js's waitForTask passes one signal to all its polls and leaves a listener
    // of its own on it per poll; it is dropped with the signal when the wait ends.
    if (signal) setMaxListeners(0, signal);
    const onAbort = () => {
      request.destroy();
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    if (timeout) request.setTimeout(timeout.ms, () => request.destroy(timeout.onTimeout()));
    request.on("error", (error) => {
      signal?.removeEventListener("abort", onAbort);
      reject(error);
    });
    request.end(body);
  });
}

/** Request headers as node:http takes them; meilisearch-js passes a Headers object, used as it is. */
function plainHeaders(init: HeadersInit | undefined): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  (init instanceof Headers ? init : new Headers(init)).forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

/** meilisearch-js's `httpClient` contract (URL and fetch's RequestInit) on `exchange`. */
function send(agents: Agents, url: URL, init: RequestInit): Promise<unknown> {
  const body = typeof init.body === "string" ? Buffer.from(init.body) : undefined;
  if (init.body != null && body === undefined) {
    return Promise.reject(new TypeError("Meilisearch: nur Text als Anfrageinhalt vorgesehen"));
  }
  const headers = plainHeaders(init.headers);
  if (body) headers["content-length"] = body.length;
  const agent = url.protocol === "https:" ? agents.https : agents.http;
  return exchange({
    options: { ...urlToHttpOptions(url), method: init.method ?? "GET", headers, agent },
    body,
    signal: init.signal ?? undefined,
  });
}

type ClientOptions = {
  host: string;
  apiKey?: string;
  /** Milliseconds until a request without an answer fails, connecting included. */
  timeout: number;
};

/** A Meilisearch client on kept-alive node:http connections with uncompressed answers. */
export function createMeilisearchClient({ host, apiKey, timeout }: ClientOptions): Meilisearch {
  const agents = agentsFor(timeout);
  return new Meilisearch({
    host,
    apiKey,
    timeout,
    httpClient: (input, init = {}) => send(agents, input instanceof URL ? input : new URL(String(input)), init),
  });
}

/** What the request path asks of Meilisearch: searches, several at once. */
export type SearchClient = {
  multiSearch<T extends Record<string, unknown> = Record<string, unknown>>(
    queries: MultiSearchQuery[],
  ): Promise<MultiSearchResponse<T>>;
};

/**
 * The search client of the request path: one POST /multi-search per call, its URL and
 * headers prepared once. meilisearch-js builds a URL, merges Headers and sets up an
 * AbortController and a timer for every request; on the same connections this client takes
 * about 0.2 ms off each search on a 2-core machine, a tenth of what the portal adds to the
 * engine's time (README, Measurements).
 * Failures are meilisearch-js's errors: MeilisearchApiError for the engine's own answer,
 * MeilisearchRequestError for the connection, with MeilisearchRequestTimeOutError as the
 * cause after `timeout` ms of silence.
 */
export function createSearchClient({ host, apiKey, timeout }: ClientOptions): SearchClient {
  const url = new URL("multi-search", host.endsWith("/") ? host : `${host}/`);
  const agents = agentsFor(timeout);
  const options = { ...urlToHttpOptions(url), method: "POST", agent: url.protocol === "https:" ? agents.https : agents.http };
  const headers: http.OutgoingHttpHeaders = {
    "Content-Type": "application/json",
    ...(apiKey ? { Authorization: `Bearer ${apiKey}` } : {}),
  };
  const onTimeout = () => new MeilisearchRequestTimeOutError(timeout, { method: "POST" });
  return {
    async multiSearch<T extends Record<string, unknown>>(queries: MultiSearchQuery[]) {
      const body = Buffer.from(JSON.stringify({ queries }));
      try {
        return (await exchange({
          options: { ...options, headers: { ...headers, "Content-Length": body.length } },
          body,
          timeout: { ms: timeout, onTimeout },
        })) as MultiSearchResponse<T>;
      } catch (error) {
        if (error instanceof MeilisearchApiError) throw error;
        throw new MeilisearchRequestError(url.href, error);
      }
    },
  };
}

/** The engine's own error behind a failed call (index missing, key invalid …), if any. */
export function apiErrorOf(error: unknown): MeilisearchApiError | undefined {
  if (error instanceof MeilisearchApiError) return error;
  if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError) return error.cause;
  return undefined;
}

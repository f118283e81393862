// How this app's Meilisearch clients speak HTTP: node:http on kept-alive connections,
// with uncompressed answers, plugged into meilisearch-js as its `httpClient`.
import { setMaxListeners } from "node:events";
import http from "node:http";
import https from "node:https";
import { MeilisearchApiError, MeilisearchRequestError, Meilisearch } from "meilisearch";

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

/**
 * One request; resolves with the parsed JSON answer. An answer with an error status
 * rejects with MeilisearchApiError, as meilisearch-js's own fetch path would (it then
 * wraps every rejection of a custom client in MeilisearchRequestError: see `apiErrorOf`).
 * An abort rejects with the signal's reason, which meilisearch-js turns into its
 * MeilisearchRequestTimeOutError.
 */
function send(agents: Agents, url: URL, init: RequestInit): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const signal = init.signal ?? undefined;
    if (signal?.aborted) return reject(signal.reason);
    const body = typeof init.body === "string" ? Buffer.from(init.body) : undefined;
    if (init.body != null && body === undefined) {
      return reject(new TypeError("Meilisearch: nur Text als Anfrageinhalt vorgesehen"));
    }
    const headers: http.OutgoingHttpHeaders = Object.fromEntries(new Headers(init.headers));
    if (body) headers["content-length"] = body.length;
    const transport = url.protocol === "https:" ? https : http;
    const request = transport.request(
      url,
      { method: init.method ?? "GET", headers, agent: url.protocol === "https:" ? agents.https : agents.http },
      (response) => {
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
      },
    );
    // meilisearch-js's waitForTask passes one signal to all its polls and leaves a listener
    // of its own on it per poll; it is dropped with the signal when the wait ends.
    if (signal) setMaxListeners(0, signal);
    const onAbort = () => {
      request.destroy();
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    request.on("error", (error) => {
      signal?.removeEventListener("abort", onAbort);
      reject(error);
    });
    request.end(body);
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

/** The engine's own error behind a failed call (index missing, key invalid …), if any. */
export function apiErrorOf(error: unknown): MeilisearchApiError | undefined {
  if (error instanceof MeilisearchApiError) return error;
  if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError) return error.cause;
  return undefined;
}

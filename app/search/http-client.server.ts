// How this app's Meilisearch clients speak HTTP: kept-alive connections, uncompressed
// answers, and meilisearch-js's own fetch path, so failures stay its errors
// (MeilisearchApiError for an answer with an error code, MeilisearchRequestError for no
// answer). Its `httpClient` option would wrap API errors in MeilisearchRequestError too.
import http from "node:http";
import https from "node:https";
import { Meilisearch, type Config } from "meilisearch";

/**
 * Meilisearch 1.21 (actix-web) gzips an answer when the request accepts it, which Node's
 * and Remix's fetch both do by default, and then writes the head and the chunked body in
 * two sends, on a socket without TCP_NODELAY. On a kept-alive connection Nagle's algorithm
 * holds the body until the client acknowledges the head, and the client delays that ACK
 * (40 ms on Linux): every request stalled about 40 ms, whichever HTTP client sent it.
 * Uncompressed, the answer goes out with Content-Length in one send. It is a few kilobytes
 * of JSON, so compression would save little even over a network.
 */
const UNCOMPRESSED_RESPONSES = { "Accept-Encoding": "identity" } as const;

type Agents = { http: http.Agent; https: https.Agent };
const agentsByTimeout = new Map<number, Agents>();

/** Destroys a socket, idle or busy, that has been silent for the agent's `timeout`. */
function closeSilentSockets<A extends http.Agent>(agent: A, idleMs: number): A {
  const connect = agent.createConnection.bind(agent);
  agent.createConnection = (options, callback) => {
    const socket = connect(options, callback);
    socket?.on("timeout", () => socket.destroy(new Error(`Meilisearch: ${idleMs} ms ohne Antwort`)));
    return socket;
  };
  return agent;
}

/**
 * Kept-alive node:http agents, for the fetch remix-serve installs in the portal (Remix's
 * @remix-run/web-fetch): it sends `Connection: close` unless it gets an agent. Node's own
 * fetch (scripts, tests) ignores `agent` and keeps connections in undici's pool.
 *
 * The agents also end requests that get no answer: Remix's fetch, aborted by the client's
 * timeout after it has sent a request body, cancels that body's locked stream and the
 * rejection nobody handles ends the process. So sockets give up after 80% of the timeout
 * without a byte, connecting included, and the client's own abort stays a backstop.
 * Idle sockets close after the same time, before a proxy in front of a remote Meilisearch
 * would drop them. No Nagle on our side either: the request body follows its head.
 */
function agentsFor(timeout: number): Agents {
  let agents = agentsByTimeout.get(timeout);
  if (!agents) {
    const options = { keepAlive: true, noDelay: true, timeout: Math.round(timeout * 0.8) };
    agents = {
      http: closeSilentSockets(new http.Agent(options), options.timeout),
      https: closeSilentSockets(new https.Agent(options), options.timeout),
    };
    agentsByTimeout.set(timeout, agents);
  }
  return agents;
}

type ClientOptions = {
  host: string;
  apiKey?: string;
  /** Milliseconds until a request without an answer fails, connecting included. */
  timeout: number;
};

/** A Meilisearch client on kept-alive connections that answer without the delayed-ACK stall. */
export function createMeilisearchClient({ host, apiKey, timeout }: ClientOptions): Meilisearch {
  const agents = agentsFor(timeout);
  // `agent` is no standard RequestInit field; meilisearch-js hands it to fetch untouched.
  const requestInit: NonNullable<Config["requestInit"]> & { agent: (url: URL) => http.Agent } = {
    headers: UNCOMPRESSED_RESPONSES,
    agent: (url) => (url.protocol === "https:" ? agents.https : agents.http),
  };
  return new Meilisearch({ host, apiKey, timeout, requestInit });
}

// The HTTP side of the Meilisearch clients (meilisearch-js with our httpClient, and the lean
// search client of the request path), against the real Meilisearch of this test run:
// answers and errors as meilisearch-js defines them, a dead or silent host failing fast,
// and kept-alive connections that carry uncompressed answers (see http-client.server.ts).
import net from "node:net";
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from "meilisearch";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "~/search/engine.server";
import { apiErrorOf, createMeilisearchClient, createSearchClient } from "~/search/http-client.server";
import { adminClient, assertSucceeded, searchClient } from "~/search/meili.server";
import { dropTestIndex, testEngineConfig } from "../support/engine";

const config = testEngineConfig("http");
const DOCUMENTS = [
  { id: "1", title: "Friedrich-Schiller-Gymnasium", town: "Marbach am Neckar" },
  { id: "2", title: "Goethe-Gymnasium", town: "Ludwigsburg" },
  { id: "3", title: "Kita Sonnenschein", town: "Kornwestheim" },
];

/**
 * A TCP relay in front of the real Meilisearch: counts the connections clients open and
 * keeps the bytes Meilisearch sends back, so a test can see what went over the wire.
 */
async function relay(target: string) {
  const { hostname, port } = new URL(target);
  const sockets = new Set<net.Socket>();
  let connections = 0;
  let received = "";
  const server = net.createServer((client) => {
    connections += 1;
    const upstream = net.connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => socket.destroy());
      socket.on("close", () => sockets.delete(socket));
    }
    upstream.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    url,
    connections: () => connections,
    /** Status line and headers of every answer, lower-cased. */
    responseHeads: () =>
      received
        .split(/(?=HTTP\/1\.1 \d{3})/)
        .map((response) => response.slice(0, response.indexOf("\r\n\r\n")).toLowerCase()),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const closers: (() => Promise<void>)[] = [];

/** A host that accepts connections and never answers. */
async function silentHost() {
  const accepted: net.Socket[] = [];
  const silent = net.createServer((socket) => accepted.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  closers.push(async () => {
    for (const socket of accepted) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });
  const address = silent.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

beforeAll(async () => {
  const admin = adminClient(config);
  assertSucceeded(await admin.createIndex(config.indexUid, { primaryKey: "id" }).waitTask());
  assertSucceeded(await admin.index(config.indexUid).addDocuments(DOCUMENTS).waitTask());
});

afterAll(async () => {
  await dropTestIndex(config);
});

describe("Meilisearch HTTP client", () => {
  it("returns search results", async () => {
    const client = createMeilisearchClient({ host: config.url, apiKey: config.masterKey, timeout: 5_000 });
    const { results } = await client.multiSearch({ queries: [{ indexUid: config.indexUid, q: "gymnasium" }] });
    expect(results[0]?.hits.map((hit) => hit.title).sort()).toEqual(["Friedrich-Schiller-Gymnasium", "Goethe-Gymnasium"]);
  });

  it("reports the engine's error and code for an unknown index", async () => {
    const client = createMeilisearchClient({ host: config.url, apiKey: config.masterKey, timeout: 5_000 });
    const error = await client.index(`${config.indexUid}_missing`).getRawInfo().catch((caught: unknown) => caught);
    // meilisearch-js wraps whatever a custom HTTP client throws.
    expect(error).toBeInstanceOf(MeilisearchRequestError);
    const apiError = apiErrorOf(error);
    expect(apiError).toBeInstanceOf(MeilisearchApiError);
    expect(apiError?.cause?.code).toBe("index_not_found");
    expect(apiError?.response.status).toBe(404);
    expect(apiError?.message).toMatch(/not found/);
  });

  it("reports a wrong key as the engine's invalid_api_key", async () => {
    const client = createMeilisearchClient({ host: config.url, apiKey: "wrong", timeout: 5_000 });
    const error = await client.multiSearch({ queries: [{ indexUid: config.indexUid, q: "kita" }] }).catch((caught: unknown) => caught);
    expect(apiErrorOf(error)?.cause?.code).toBe("invalid_api_key");
  });

  it("gives up on a host that accepts but never answers, with a timeout error", async () => {
    const client = createMeilisearchClient({ host: await silentHost(), apiKey: "irrelevant", timeout: 1_000 });
    const error = await client.multiSearch({ queries: [{ indexUid: config.indexUid, q: "kita" }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MeilisearchRequestError);
    expect(error instanceof MeilisearchRequestError && error.cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
  });

  it("sends sequential requests over one kept-alive connection and gets uncompressed answers", async () => {
    const wire = await relay(config.url);
    closers.push(wire.close);
    // The app's own wiring (meili.server.ts `connect`), pointed at the relay.
    const client = adminClient({ ...config, url: wire.url });

    for (let round = 0; round < 10; round += 1) {
      const { results } = await client.multiSearch({ queries: [{ indexUid: config.indexUid, q: "kita" }] });
      expect(results[0]?.hits.map((hit) => hit.title)).toEqual(["Kita Sonnenschein"]);
    }
    await client.index(`${config.indexUid}_missing`).getRawInfo().catch(() => undefined);

    // Not one per request, as with `Connection: close`.
    expect(wire.connections()).toBe(1);
    const heads = wire.responseHeads();
    expect(heads).toHaveLength(11);
    for (const head of heads) {
      // Compressed answers come chunked, in two writes: the delayed-ACK stall.
      expect(head).not.toMatch(/^content-encoding:/m);
      expect(head).not.toMatch(/^transfer-encoding: chunked/m);
      expect(head).toMatch(/^content-length: \d+$/m);
    }
  });
});

describe("search client of the request path", () => {
  const query = (q: string) => [{ indexUid: config.indexUid, q }];

  it("returns the hits of several searches at once", async () => {
    const client = createSearchClient({ host: config.url, apiKey: config.masterKey, timeout: 5_000 });
    const { results } = await client.multiSearch([...query("gymnasium"), ...query("kita")]);
    expect(results.map((result) => result.hits.map((hit) => hit.title).sort())).toEqual([
      ["Friedrich-Schiller-Gymnasium", "Goethe-Gymnasium"],
      ["Kita Sonnenschein"],
    ]);
  });

  it("reports the engine's error and code for an unknown index and a wrong key", async () => {
    const client = createSearchClient({ host: config.url, apiKey: config.masterKey, timeout: 5_000 });
    const missing = await client.multiSearch([{ indexUid: `${config.indexUid}_missing`, q: "kita" }]).catch((caught: unknown) => caught);
    expect(missing).toBeInstanceOf(MeilisearchApiError);
    expect(apiErrorOf(missing)?.cause?.code).toBe("index_not_found");
    expect(apiErrorOf(missing)?.response.status).toBe(400);

    const wrongKey = createSearchClient({ host: config.url, apiKey: "wrong", timeout: 5_000 });
    const refused = await wrongKey.multiSearch(query("kita")).catch((caught: unknown) => caught);
    expect(apiErrorOf(refused)?.cause?.code).toBe("invalid_api_key");
  });

  it("throws MeilisearchRequestError when nothing listens, so the search degrades", async () => {
    const deadUrl = `http://127.0.0.1:${await freePort()}`;
    const client = await searchClient({ url: deadUrl, searchKey: "irrelevant", indexUid: config.indexUid });
    await expect(client.multiSearch(query("kita"))).rejects.toBeInstanceOf(MeilisearchRequestError);
  });

  it("gives up on a host that accepts but never answers, with a timeout error", async () => {
    const client = createSearchClient({ host: await silentHost(), apiKey: "irrelevant", timeout: 1_000 });
    const error = await client.multiSearch(query("kita")).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MeilisearchRequestError);
    expect(error instanceof MeilisearchRequestError && error.cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
  });

  it("searches over one kept-alive connection and gets uncompressed answers", async () => {
    const wire = await relay(config.url);
    closers.push(wire.close);
    const client = createSearchClient({ host: wire.url, apiKey: config.masterKey, timeout: 5_000 });
    for (let round = 0; round < 10; round += 1) {
      const { results } = await client.multiSearch(query("kita"));
      expect(results[0]?.hits.map((hit) => hit.title)).toEqual(["Kita Sonnenschein"]);
    }
    expect(wire.connections()).toBe(1);
    const heads = wire.responseHeads();
    expect(heads).toHaveLength(10);
    for (const head of heads) {
      expect(head).not.toMatch(/^content-encoding:/m);
      expect(head).toMatch(/^content-length: \d+$/m);
    }
  });
});

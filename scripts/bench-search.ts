// Search benchmark on the seed catalogue, a real Meilisearch (its own temporary one, or
// MEILI_URL) and the built portal served by scripts/serve.ts as in production. Prints Markdown:
//   1. GET /api/v1/search against the same requests sent straight to Meilisearch, and for
//      reference a bare Node.js relay (scripts/bench/bare-relay.mjs) against Meilisearch,
//   2. the /suche results page under 20 concurrent clients,
//   3. the full index rebuild.
//   npx tsx scripts/bench-search.ts [--rounds 50]
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getEnv } from "~/env.server";
import { ensureSearchKey } from "~/search/meili.server";
import { rebuildIndex } from "~/search/sync.server";
import { serveApp, type AppEnv, type ServedApp } from "../tests/support/server";
import { buildApp, buildIsStale, ensureEngine, prepareCatalogue, type Engine } from "./runtime";

process.chdir(fileURLToPath(new URL("..", import.meta.url)));

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return (index >= 0 && Number(process.argv[index + 1])) || fallback;
};
const ROUNDS = option("--rounds", 50);
const WARMUP_ROUNDS = 5;
const WORKERS = 20;
const REQUESTS_PER_WORKER = 50;
const REBUILDS = 3;
const TARGET_ADDED_MS = 2;
// A portal request that needs no Meilisearch: what the web server and Remix cost alone.
const NO_SEARCH_PATH = "/api/v1/suggest";

const QUERIES = [
  "q=gymnasium",
  "q=Gymnasium+Marbach",
  "q=kita&gemeinde=kornwestheim",
  "q=musikschule",
  "q=Grundschule+Asperg",
  "q=Volkshochschule",
  "q=AVdual",
  "q=Museum&kategorie=kultur",
  "kategorie=kita&kategorie=jugendhilfe",
  "gemeinde=ludwigsburg&seite=3",
  "q=Sprachf%C3%B6rderung",
  "q=Jugendhaus",
  "",
];

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
type MeiliRequest = { method: string; path: string; headers: http.OutgoingHttpHeaders; body: Buffer };

/** One HTTP/1.1 request on a keep-alive agent; resolves with the whole body. */
function send(
  agent: http.Agent,
  url: string,
  init: { method?: string; headers?: http.OutgoingHttpHeaders; body?: Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { agent, method: init.method ?? "GET", headers: init.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(init.body);
  });
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const ms = (value: number) => value.toFixed(1);

function pick(headers: http.IncomingHttpHeaders, names: string[]): http.OutgoingHttpHeaders {
  return Object.fromEntries(names.flatMap((name) => (headers[name] === undefined ? [] : [[name, headers[name]]])));
}

/**
 * An HTTP relay in front of Meilisearch that keeps every request the portal sends, so the
 * direct measurement replays exactly what the portal asks: path, body and search key.
 */
async function startRecorder(target: string) {
  const agent = new http.Agent({ keepAlive: true });
  let recorded: MeiliRequest[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const entry = {
        method: request.method ?? "GET",
        path: request.url ?? "/",
        headers: pick(request.headers, ["authorization", "content-type"]),
        body: Buffer.concat(chunks),
      };
      recorded.push(entry);
      // Forwarded as asked (compressed, if the portal's client accepts that).
      const headers = { ...entry.headers, ...pick(request.headers, ["accept-encoding"]) };
      send(agent, `${target}${entry.path}`, { ...entry, headers }).then(
        (answer) => response.writeHead(answer.status, pick(answer.headers, ["content-type", "content-encoding"])).end(answer.body),
        () => response.writeHead(502).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
    take: () => {
      const taken = recorded;
      recorded = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function expectOk(answer: Answer, what: string) {
  if (answer.status !== 200) throw new Error(`${what}: HTTP ${answer.status} ${answer.body.toString("utf8").slice(0, 300)}`);
  return answer;
}

/** The reference relay (scripts/bench/bare-relay.mjs) in its own process, like the portal. */
async function startBareRelay(target: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["scripts/bench/bare-relay.mjs", target], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout?.once("data", (chunk: Buffer) => resolve(chunk.toString("utf8").trim()));
    child.once("exit", (code) => reject(new Error(`[bench] Das Relay endete mit ${code}.`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
const env = getEnv({ ...process.env, DATA_DIR: dir, MEILI_INDEX: `bench_${process.pid}` });
const { db } = prepareCatalogue(env.DATABASE_PATH);
let engine: Engine | undefined;
let app: ServedApp | undefined;
let recorder: Awaited<ReturnType<typeof startRecorder>> | undefined;
let relay: Awaited<ReturnType<typeof startBareRelay>> | undefined;
const agents: http.Agent[] = [];

try {
  engine = await ensureEngine(env);

  // 3. Index rebuild: first build, then rebuilds that swap a fresh index in.
  const builds: number[] = [];
  for (let i = 0; i < REBUILDS; i++) builds.push((await rebuildIndex(db, engine.config)).ms);
  const searchKey = await ensureSearchKey(engine.config);
  if (!searchKey) throw new Error("[bench] Kein Suchschlüssel: Meilisearch läuft ohne Master-Key.");

  if (buildIsStale()) {
    console.log("[bench] Der Build ist veraltet, baue die App …");
    if (!buildApp().ok) throw new Error("[bench] remix build ist fehlgeschlagen.");
  }
  const appEnv: AppEnv = {
    databasePath: env.DATABASE_PATH,
    dataDir: dir,
    meiliUrl: engine.config.url,
    meiliIndex: engine.config.indexUid,
    meiliSearchKey: searchKey,
  };
  const newAgent = (maxSockets: number) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets });
    agents.push(agent);
    return agent;
  };

  // What the portal sends to Meilisearch per query, recorded on a second, throwaway server.
  recorder = await startRecorder(engine.config.url);
  const recordingApp = await serveApp({ ...appEnv, meiliUrl: recorder.url });
  const recordAgent = newAgent(1);
  const meiliRequests = new Map<string, MeiliRequest[]>();
  const noSearch = { status: 0, meiliRequests: 0, times: [] as number[] };
  try {
    for (const query of QUERIES) {
      expectOk(await send(recordAgent, `${recordingApp.url}/api/v1/search?${query}`), query);
      recorder.take(); // the first request of a kind may warm caches in the portal
      expectOk(await send(recordAgent, `${recordingApp.url}/api/v1/search?${query}`), query);
      meiliRequests.set(query, recorder.take());
    }
    await send(recordAgent, `${recordingApp.url}${NO_SEARCH_PATH}`);
    recorder.take();
    noSearch.status = (await send(recordAgent, `${recordingApp.url}${NO_SEARCH_PATH}`)).status;
    noSearch.meiliRequests = recorder.take().length;
  } finally {
    await recordingApp.stop();
    await recorder.close();
    recorder = undefined;
  }

  app = await serveApp(appEnv);
  const portalAgent = newAgent(1);
  const meiliAgent = newAgent(1);
  const [meiliUrl, portalUrl] = [engine.config.url, app.url];
  const direct = (query: string) => async () => {
    for (const request of meiliRequests.get(query) ?? []) {
      expectOk(await send(meiliAgent, `${meiliUrl}${request.path}`, request), `Meilisearch ${request.path}`);
    }
  };
  const viaPortal = (query: string) => async () =>
    expectOk(await send(portalAgent, `${portalUrl}/api/v1/search?${query}`), `Portal ${query}`);

  // 1. Portal against Meilisearch, alternating, on kept-alive connections.
  const samples = new Map(QUERIES.map((query) => [query, { portal: [] as number[], meili: [] as number[], total: 0 }]));
  // The order flips every round (ABBA): a request right after a search keeps finding the
  // engine's threads still busy on this machine, and neither side should always get that.
  for (let round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
    for (const [query, sample] of samples) {
      const portalFirst = round % 2 === 0;
      const [meiliBeforeMs] = portalFirst ? [0] : await timed(direct(query));
      const [portalMs, answer] = await timed(viaPortal(query));
      const [meiliMs] = portalFirst ? await timed(direct(query)) : [meiliBeforeMs];
      if (round < 0) continue;
      sample.portal.push(portalMs);
      sample.meili.push(meiliMs);
      sample.total = (JSON.parse(answer.body.toString("utf8")) as { total: number }).total;
    }
    const [noSearchMs] = await timed(() => send(portalAgent, `${portalUrl}${NO_SEARCH_PATH}`));
    if (round >= 0) noSearch.times.push(noSearchMs);
  }

  // Reference: the same engine requests through a bare Node.js relay instead of the portal,
  // against the engine directly, in the same alternating order.
  relay = await startBareRelay(engine.config.url);
  const relayAgent = newAgent(1);
  const viaRelay = (query: string) => async () => {
    for (const request of meiliRequests.get(query) ?? []) {
      expectOk(await send(relayAgent, `${relay!.url}${request.path}`, request), `Relay ${request.path}`);
    }
  };
  const reference = { relay: [] as number[], meili: [] as number[] };
  for (let round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      const relayFirst = round % 2 === 0;
      const [meiliBeforeMs] = relayFirst ? [0] : await timed(direct(query));
      const [relayMs] = await timed(viaRelay(query));
      const [meiliMs] = relayFirst ? await timed(direct(query)) : [meiliBeforeMs];
      if (round < 0) continue;
      reference.relay.push(relayMs);
      reference.meili.push(meiliMs);
    }
  }
  relay.child.kill("SIGTERM");

  // 2. The results page (HTML) under concurrent clients.
  const pageAgent = newAgent(WORKERS);
  const pageTimes: number[] = [];
  let pageBytes = 0;
  const loadStarted = performance.now();
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, worker) => {
      for (let i = 0; i < REQUESTS_PER_WORKER; i++) {
        const query = QUERIES[(worker + i) % QUERIES.length] ?? "";
        // Like a browser: the server compresses the page.
        const [took, answer] = await timed(async () =>
          expectOk(await send(pageAgent, `${portalUrl}/suche?${query}`, { headers: { "Accept-Encoding": "gzip" } }), `/suche?${query}`),
        );
        pageTimes.push(took);
        pageBytes += answer.body.length;
      }
    }),
  );
  const loadSeconds = (performance.now() - loadStarted) / 1000;

  // Output
  console.log(`\n## 1. Portal-API gegen Meilisearch direkt\n`);
  console.log(
    `${ROUNDS} Runden (nach ${WARMUP_ROUNDS} Aufwärmrunden), je Runde jede Anfrage abwechselnd als \`GET /api/v1/search?…\` ` +
      `ans Portal und als dieselben Meilisearch-Anfragen, die das Portal dafür stellt (mit dem Suchschlüssel), ` +
      `direkt an Meilisearch, die Reihenfolge von Runde zu Runde getauscht. Beide Seiten über node:http mit Keep-alive.\n`,
  );
  console.log("| Anfrage | Treffer | Meili-Anfragen | Portal p50 ms | Portal p95 ms | direkt p50 ms | direkt p95 ms | + p50 ms |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  const allPortal: number[] = [];
  const allMeili: number[] = [];
  for (const [query, sample] of samples) {
    allPortal.push(...sample.portal);
    allMeili.push(...sample.meili);
    const [portal50, meili50] = [percentile(sample.portal, 50), percentile(sample.meili, 50)];
    console.log(
      `| \`${query || "(alles)"}\` | ${sample.total} | ${meiliRequests.get(query)?.length ?? 0} | ${ms(portal50)} | ` +
        `${ms(percentile(sample.portal, 95))} | ${ms(meili50)} | ${ms(percentile(sample.meili, 95))} | ${ms(portal50 - meili50)} |`,
    );
  }
  const [portalMedian, meiliMedian] = [percentile(allPortal, 50), percentile(allMeili, 50)];
  const added = portalMedian - meiliMedian;
  const ratio = portalMedian / meiliMedian;
  console.log(`\n| Gesamt (${allPortal.length} Anfragen je Seite) | Median ms | p95 ms |\n|---|---:|---:|`);
  console.log(`| Portal | ${ms(portalMedian)} | ${ms(percentile(allPortal, 95))} |`);
  console.log(`| Meilisearch direkt | ${ms(meiliMedian)} | ${ms(percentile(allMeili, 95))} |`);
  if (noSearch.meiliRequests === 0) {
    console.log(
      `| Portal ohne Meilisearch-Anfrage (\`GET ${NO_SEARCH_PATH}\`, HTTP ${noSearch.status}) | ` +
        `${ms(percentile(noSearch.times, 50))} | ${ms(percentile(noSearch.times, 95))} |`,
    );
  }
  const [relayMedian, relayMeiliMedian] = [percentile(reference.relay, 50), percentile(reference.meili, 50)];
  console.log(
    `| Referenz: nacktes Node-Relay (\`scripts/bench/bare-relay.mjs\`) | ${ms(relayMedian)} | ${ms(percentile(reference.relay, 95))} |`,
  );
  console.log(`| Meilisearch direkt, im Wechsel mit dem Relay | ${ms(relayMeiliMedian)} | ${ms(percentile(reference.meili, 95))} |`);
  const verdict = (ok: boolean) => (ok ? "erreicht" : "NICHT erreicht");
  console.log(
    `\nZiel: Das Portal fügt dem Median höchstens ${TARGET_ADDED_MS} ms hinzu (≤ 2× direkt). ` +
      `Gemessen: +${ms(added)} ms (${verdict(added <= TARGET_ADDED_MS)}), ${ratio.toFixed(2)}× (${verdict(ratio <= 2)}).`,
  );
  console.log(
    `Ein Node.js-Prozess im Weg, der nur weiterleitet und das JSON liest und schreibt, fügt auf dieser Maschine ` +
      `schon +${ms(relayMedian - relayMeiliMedian)} ms (${(relayMedian / relayMeiliMedian).toFixed(2)}×) hinzu; ` +
      `der Rest, etwa ${ms(added - (relayMedian - relayMeiliMedian))} ms, ist die Arbeit des Portals.`,
  );

  console.log(`\n## 2. Ergebnisseite unter Last\n`);
  console.log(
    `\`GET /suche?…\` (HTML, gzip), ${WORKERS} gleichzeitige Clients × ${REQUESTS_PER_WORKER} Anfragen über Loopback, ` +
      `die ${QUERIES.length} Anfragen reihum.\n`,
  );
  console.log("| Anfragen | p50 ms | p95 ms | max ms | Anfragen/s | Ø KB |\n|---:|---:|---:|---:|---:|---:|");
  console.log(
    `| ${pageTimes.length} | ${ms(percentile(pageTimes, 50))} | ${ms(percentile(pageTimes, 95))} | ` +
      `${ms(percentile(pageTimes, 100))} | ${(pageTimes.length / loadSeconds).toFixed(0)} | ${ms(pageBytes / pageTimes.length / 1024)} |`,
  );

  console.log(`\n## 3. Index-Neuaufbau\n`);
  console.log(`Alle Dokumente des Seed-Katalogs, neuer Index, Einstellungen, Dokumente, Tausch.\n`);
  console.log("| Lauf | ms |\n|---|---:|");
  builds.forEach((took, i) => console.log(`| ${i === 0 ? "1 (erster Aufbau)" : `${i + 1} (Neuaufbau + Tausch)`} | ${took} |`));
} finally {
  await app?.stop();
  await recorder?.close();
  relay?.child.kill("SIGTERM");
  for (const agent of agents) agent.destroy();
  await engine?.running?.stop();
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

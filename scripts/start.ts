// `npm start`: migrate → seed an empty catalogue → Meilisearch → sync the index → build the
// app if needed → serve. `npm run dev` does the same with the Remix dev server.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { getEnv } from "~/env.server";
import { ensureSearchKey, ensureWriteKey } from "~/search/meili.server";
import { syncSearchIndex } from "~/search/sync.server";
import { buildApp, buildIsStale, ensureEngine, forgetProductionBuild, prepareCatalogue, serverCommand } from "./runtime";

const started = performance.now();
const dev = process.argv.includes("--dev");
const env = getEnv();
const bin = (name: string) => path.resolve("node_modules/.bin", name);
// `remix dev --command` splits its argument at spaces that are not escaped.
const quote = (word: string) => word.replaceAll(" ", "\\ ");

const { db } = prepareCatalogue(env.DATABASE_PATH);
const engine = await ensureEngine(env).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

let server: ChildProcess | undefined;
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await engine.running?.stop();
  db.$client.close();
  console.log("[start] Beendet.");
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void shutdown(0));
}

try {
  // An operator's MEILI_WRITE_KEY suffices for the sync; no master key needed then.
  await syncSearchIndex(db, { ...engine.config, writeKey: env.MEILI_WRITE_KEY });
} catch (error) {
  console.error(`[start] Der Suchindex konnte nicht aufgebaut werden: ${(error as Error).message}`);
  await shutdown(1);
}
const searchKey = await ensureSearchKey(engine.config);
// The web server's sync worker writes with a key limited to the portal's indexes.
const writeKey = await ensureWriteKey({ ...engine.config, writeKey: env.MEILI_WRITE_KEY });

if (dev) {
  forgetProductionBuild();
} else if (buildIsStale()) {
  console.log("[start] Baue die Anwendung …");
  if (!buildApp().ok) {
    console.error("[start] Der Build ist fehlgeschlagen.");
    await shutdown(1);
  }
}

// The web server gets only what it needs: the search-only key for searches and the sync
// key for its outbox worker, not the master key.
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: dev ? "development" : "production",
  PORT: String(env.PORT),
  DATA_DIR: path.resolve(env.DATA_DIR),
  DATABASE_PATH: path.resolve(env.DATABASE_PATH),
  MEILI_URL: engine.config.url,
  MEILI_INDEX: engine.config.indexUid,
  MEILI_SEARCH_KEY: searchKey ?? "",
  MEILI_WRITE_KEY: writeKey ?? "",
  MEILI_MASTER_KEY: "",
};
// Own process group: Ctrl-C reaches only this process, which then stops the web server and
// the engine in order.
const [node, serveArgs] = serverCommand();
server = dev
  ? spawn(bin("remix"), ["dev", "--command", [node, ...serveArgs].map(quote).join(" ")], {
      stdio: "inherit",
      env: serverEnv,
      detached: true,
    })
  : spawn(node, serveArgs, { stdio: ["ignore", "ignore", "inherit"], env: serverEnv, detached: true });
process.once("exit", () => server?.kill("SIGTERM"));
server.on("exit", (code) => {
  if (!stopping) {
    console.error(`[start] Der Webserver hat sich beendet (Code ${code}).`);
    void shutdown(code ?? 1);
  }
});

const url = `http://localhost:${env.PORT}`;
const deadline = Date.now() + 120_000;
while (Date.now() < deadline && !stopping) {
  const response = await fetch(`${url}/healthz`).catch(() => null);
  if (response?.ok) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`[start] Bildungsportal bereit nach ${seconds} s: ${url}`);
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}

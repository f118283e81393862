// For benchmarks that drive the built portal: a temporary catalogue from the seed, its own
// Meilisearch with a fresh index, and the production build served as `npm start` serves it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getEnv } from "~/env.server";
import { ensureSearchKey } from "~/search/meili.server";
import { rebuildIndex } from "~/search/sync.server";
import { serveApp, type ServedApp } from "../tests/support/server";
import { buildApp, buildIsStale, ensureEngine, prepareCatalogue, type Engine } from "./runtime";

export type BenchApp = { db: ReturnType<typeof prepareCatalogue>["db"]; url: string; stop: () => Promise<void> };

export async function startBenchApp(name: string): Promise<BenchApp> {
  if (buildIsStale()) {
    console.log("[bench] Der Build ist veraltet, baue die App …");
    if (!buildApp().ok) throw new Error("[bench] remix build ist fehlgeschlagen.");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));
  const env = getEnv({ ...process.env, DATA_DIR: dir, MEILI_INDEX: `bench_${name}_${process.pid}` });
  const { db } = prepareCatalogue(env.DATABASE_PATH);
  let engine: Engine | undefined;
  let app: ServedApp | undefined;
  const stop = async () => {
    await app?.stop();
    await engine?.running?.stop();
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    engine = await ensureEngine(env);
    await rebuildIndex(db, engine.config);
    const searchKey = await ensureSearchKey(engine.config);
    if (!searchKey) throw new Error("[bench] Kein Suchschlüssel.");
    app = await serveApp({
      databasePath: env.DATABASE_PATH,
      dataDir: dir,
      meiliUrl: engine.config.url,
      meiliIndex: engine.config.indexUid,
      meiliSearchKey: searchKey,
    });
    return { db, url: app.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

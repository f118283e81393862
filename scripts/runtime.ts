// Steps shared by `npm start`, the db/search scripts and the test setup.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrateDatabase, openDatabase, type CatalogueDb } from "~/catalogue/db.server";
import { isCatalogueEmpty, readSeed, seedCatalogue, seedMissingDistrict } from "~/catalogue/seed.server";
import type { Env } from "~/env.server";
import { startEngine, type RunningEngine } from "~/search/engine.server";
import type { EngineConfig } from "~/search/meili.server";

/** Opens the catalogue, applies migrations and loads the seed into an empty catalogue. */
export function prepareCatalogue(databasePath: string, options: { seedDir?: string } = {}) {
  const db = openDatabase(databasePath);
  migrateDatabase(db);
  let seeded: ReturnType<typeof seedCatalogue> | null = null;
  if (isCatalogueEmpty(db)) {
    seeded = seedCatalogue(db, readSeed(options.seedDir));
    console.log(
      `[seed] Katalog geladen: ${seeded.municipalities} Gemeinden, ${seeded.institutions} Einrichtungen, ${seeded.offers} Angebote`,
    );
  } else if (seedMissingDistrict(db, options.seedDir)) {
    console.log("[seed] Kreisgrenze aus dem Seed ergänzt");
  }
  return { db, seeded };
}

export type Engine = { config: EngineConfig; running: RunningEngine | null };

/** Attaches to MEILI_URL, or starts a local Meilisearch with its data under DATA_DIR. */
export async function ensureEngine(env: Env): Promise<Engine> {
  if (env.MEILI_URL) {
    const response = await fetch(`${env.MEILI_URL.replace(/\/$/, "")}/health`).catch(() => null);
    if (!response?.ok) throw new Error(`[search] Meilisearch unter MEILI_URL=${env.MEILI_URL} antwortet nicht.`);
    console.log(`[search] Verbunden mit ${env.MEILI_URL}`);
    return {
      config: { url: env.MEILI_URL, masterKey: env.MEILI_MASTER_KEY, searchKey: env.MEILI_SEARCH_KEY, indexUid: env.MEILI_INDEX },
      running: null,
    };
  }
  const running = await startEngine({ dataDir: env.DATA_DIR, meiliBin: env.MEILI_BIN });
  console.log(`[search] Meilisearch läuft auf ${running.url} (Daten in ${path.join(env.DATA_DIR, "meili")})`);
  return { config: { url: running.url, masterKey: running.masterKey, indexUid: env.MEILI_INDEX }, running };
}

const BUILD_INPUTS = ["app", "db/schema.ts", "remix.config.js", "tsconfig.json", "package-lock.json"];
export const SERVER_BUILD = "build/server/index.js";

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

// Written after a production build; `npm run dev` writes a development build to the same
// place, which must not be served as production.
const PRODUCTION_MARKER = "build/.production";

/** The production build is missing, is a development build, or is older than its sources. */
export function buildIsStale(root = process.cwd()): boolean {
  const build = path.join(root, SERVER_BUILD);
  if (!fs.existsSync(build) || !fs.existsSync(path.join(root, PRODUCTION_MARKER))) return true;
  const built = fs.statSync(build).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(path.join(root, input)) > built);
}

/** `remix build` for production. `quiet` collects the output instead of printing it. */
export function buildApp(options: { quiet?: boolean; root?: string } = {}) {
  const root = options.root ?? process.cwd();
  fs.rmSync(path.join(root, PRODUCTION_MARKER), { force: true });
  const build = spawnSync(path.join(root, "node_modules/.bin/remix"), ["build"], {
    cwd: root,
    stdio: options.quiet ? "pipe" : "inherit",
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
  });
  const ok = build.status === 0;
  if (ok) fs.writeFileSync(path.join(root, PRODUCTION_MARKER), new Date().toISOString());
  return { ok, output: `${build.stdout ?? ""}${build.stderr ?? ""}` };
}

/** Before the dev server replaces the build with a development one. */
export function forgetProductionBuild(root = process.cwd()) {
  fs.rmSync(path.join(root, PRODUCTION_MARKER), { force: true });
}

/**
 * The command line of the web server (scripts/serve.ts) for a build; relative to the
 * directory it runs in, so a test can serve a snapshot of build/ (inside the project, so
 * `tsx` resolves from there).
 */
export function serverCommand(serverBuild = SERVER_BUILD): [string, string[]] {
  return [process.execPath, ["--import", "tsx", fileURLToPath(new URL("./serve.ts", import.meta.url)), serverBuild]];
}

export function closeCatalogue(db: CatalogueDb) {
  db.$client.close();
}

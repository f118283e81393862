// Builds the Remix app when its build is stale and serves it with scripts/serve.ts, the way
// `npm start` does, but on a free port and with a test catalogue and index.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "~/search/engine.server";
import { buildApp, buildIsStale, SERVER_BUILD, serverCommand } from "../../scripts/runtime";


/** The production build, when app/ (or its config) changed since the last one. */
export async function buildAppIfStale() {
  if (!buildIsStale()) return false;
  const build = buildApp({ quiet: true });
  if (!build.ok) throw new Error(`remix build ist fehlgeschlagen:\n${build.output}`);
  return true;
}

/** Asset URLs the server build refers to that the snapshot lacks (a build ran meanwhile). */
function missingAssets(root: string) {
  const server = fs.readFileSync(path.join(root, SERVER_BUILD), "utf8");
  const urls = new Set([...server.matchAll(/"\/build\/([^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? ""));
  return [...urls].filter((url) => !fs.existsSync(path.join(root, "build/client/build", url)));
}

/**
 * Copies build/ into its own directory, so a `remix build` started elsewhere (npm start,
 * a developer) cannot pull assets from under the running test server. The copy lives
 * inside the project, so the server bundle still resolves node_modules.
 */
export async function snapshotBuild(): Promise<{ root: string; remove: () => void }> {
  const cache = path.resolve("node_modules/.cache");
  fs.mkdirSync(cache, { recursive: true });
  for (let attempt = 1; ; attempt += 1) {
    await buildAppIfStale();
    const root = fs.mkdtempSync(path.join(cache, "bildungsportal-test-build-"));
    const remove = () => fs.rmSync(root, { recursive: true, force: true });
    fs.cpSync("build", path.join(root, "build"), { recursive: true });
    const missing = missingAssets(root);
    if (missing.length === 0) return { root, remove };
    remove();
    if (attempt === 5) throw new Error(`Der Build ist unvollständig, es fehlen: ${missing.slice(0, 5).join(", ")}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

export type ServedApp = { url: string; output: () => string; stop: () => Promise<void> };

export type AppEnv = {
  databasePath: string;
  dataDir: string;
  meiliUrl: string;
  meiliIndex: string;
  meiliSearchKey: string;
  /** The sync worker's key (MEILI_WRITE_KEY); without it the app serves with the worker off. */
  meiliWriteKey?: string;
  /** Further settings, e.g. PUBLIC_TILE_URL. */
  extraEnv?: Record<string, string>;
};

function withoutInheritedSettings(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  // The test process may carry keys and settings of its own (VITEST_*, a developer's
  // MEILI_MASTER_KEY); the server gets only what `npm start` would give it.
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !/^(MEILI_|DATABASE_|DATA_DIR$|PORT$|PUBLIC_|VITEST|TEST$)/.test(name)),
  );
}

/**
 * Builds if needed, snapshots the build and starts the web server on a free port; resolves
 * once GET /healthz answers 200 (or answers at all, for a server meant to be unhealthy).
 */
export async function serveApp(
  settings: AppEnv,
  options: { requireHealthy?: boolean; timeoutMs?: number } = {},
): Promise<ServedApp> {
  const { requireHealthy = true, timeoutMs = 60_000 } = options;
  const snapshot = await snapshotBuild();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const [node, args] = serverCommand();
  const child: ChildProcess = spawn(node, args, {
    cwd: snapshot.root,
    env: {
      ...withoutInheritedSettings(process.env),
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_PATH: settings.databasePath,
      DATA_DIR: settings.dataDir,
      MEILI_URL: settings.meiliUrl,
      MEILI_INDEX: settings.meiliIndex,
      MEILI_SEARCH_KEY: settings.meiliSearchKey,
      ...(settings.meiliWriteKey ? { MEILI_WRITE_KEY: settings.meiliWriteKey } : {}),
      ...settings.extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));

  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        snapshot.remove();
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
      child.once("exit", () => {
        clearTimeout(force);
        done();
      });
      child.kill("SIGTERM");
    });

  const deadline = Date.now() + timeoutMs;
  let last = "keine Antwort";
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      snapshot.remove();
      throw new Error(`The web server ended with ${child.exitCode} before /healthz answered:\n${output}`);
    }
    const response = await fetch(`${url}/healthz`).catch(() => null);
    if (response?.status === 200 || (response && !requireHealthy)) return { url, output: () => output, stop };
    if (response) last = `HTTP ${response.status}: ${await response.text()}`;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`GET ${url}/healthz did not answer 200 within ${timeoutMs} ms (last: ${last}):\n${output}`);
}

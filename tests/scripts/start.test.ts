// `npm start` as an operator runs it: a fresh DATA_DIR and PORT, the real seed, its own
// Meilisearch or an attached one; Ctrl-C (SIGINT to the process group) leaves nothing behind.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "~/search/engine.server";
import { dropTestIndex, testEngineConfig } from "../support/engine";

type Started = { child: ChildProcess; url: string; output: () => string };

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bildungsportal-start-"));
  dirs.push(dir);
  return dir;
}

async function start(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  // As `npm start` runs it: tsx as a loader inside the one process that handles the signals.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { NODE_ENV: "production", PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, like a terminal session, so SIGINT can go to the whole group.
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start ended early (${child.exitCode}):\n${output}`);
    if (output.includes("Bildungsportal bereit")) return { child, url, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-(child.pid ?? 0), "SIGKILL");
  throw new Error(`npm start not ready in time:\n${output}`);
}

/** Ctrl-C in a terminal: SIGINT to every process of the group. */
async function pressCtrlC({ child }: Started) {
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  process.kill(-(child.pid ?? 0), "SIGINT");
  return exited;
}

/** Processes whose command line mentions the path (the engine and web server carry it). */
function processesUsing(marker: string) {
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(marker) || fs.readFileSync(`/proc/${pid}/environ`, "utf8").includes(marker);
      } catch {
        return false;
      }
    });
}

describe("npm start", () => {
  it("serves the real catalogue on PORT with its own Meilisearch in DATA_DIR, and Ctrl-C stops everything", async () => {
    const dataDir = tempDataDir();
    const started = await start({ DATA_DIR: dataDir });

    const health = await fetch(`${started.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ db: true, search: true, documents: 454 });
    const page = await (await fetch(`${started.url}/suche?q=gymnasium`)).text();
    expect(page).toContain("Friedrich-Schiller-Gymnasium");
    expect(page).toContain("Schulstraße 34, 71672 Marbach am Neckar");

    expect(fs.existsSync(path.join(dataDir, "catalogue.sqlite"))).toBe(true);
    expect(fs.statSync(path.join(dataDir, "meili-master-key")).mode & 0o777).toBe(0o600);
    expect(processesUsing(dataDir).length).toBeGreaterThan(0);

    expect(await pressCtrlC(started)).toBe(0);
    expect(started.output()).toContain("[start] Beendet.");
    expect(processesUsing(dataDir)).toEqual([]);
  });

  it("attaches to MEILI_URL with MEILI_MASTER_KEY and starts no engine of its own", async () => {
    const dataDir = tempDataDir();
    const engine = testEngineConfig("start");
    try {
      const started = await start({
        DATA_DIR: dataDir,
        MEILI_URL: engine.url,
        MEILI_MASTER_KEY: engine.masterKey,
        MEILI_INDEX: engine.indexUid,
      });
      expect(started.output()).toContain(`[search] Verbunden mit ${engine.url}`);
      const body = await (await fetch(`${started.url}/api/v1/search?q=Robert-Franck-Schule`)).json();
      expect(body.hits[0].title).toBe("Robert-Franck-Schule Ludwigsburg");
      expect(fs.existsSync(path.join(dataDir, "meili"))).toBe(false);
      expect(fs.existsSync(path.join(dataDir, "meili-master-key"))).toBe(false);

      expect(await pressCtrlC(started)).toBe(0);
      expect(processesUsing(dataDir)).toEqual([]);
    } finally {
      await dropTestIndex(engine);
    }
  });

  it("explains a MEILI_URL that does not answer and exits with an error", async () => {
    const port = await freePort();
    await expect(start({ DATA_DIR: tempDataDir(), MEILI_URL: `http://127.0.0.1:${port}` })).rejects.toThrow(
      `Meilisearch unter MEILI_URL=http://127.0.0.1:${port} antwortet nicht`,
    );
  });
});

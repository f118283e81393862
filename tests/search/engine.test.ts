// Starts a second, private Meilisearch (the shared one belongs to the global setup) to check
// what `npm start` relies on: a protected master key and a clean stop.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureMasterKey, startEngine, type RunningEngine } from "~/search/engine.server";

describe("startEngine", () => {
  let dataDir: string;
  let engine: RunningEngine;
  let stopped = false;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bildungsportal-engine-"));
    engine = await startEngine({ dataDir, meiliBin: process.env.MEILI_BIN || undefined });
  });

  afterAll(async () => {
    if (!stopped) await engine?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps the master key in the data directory, readable by the owner only", () => {
    const file = path.join(dataDir, "meili-master-key");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, "utf8").trim()).toBe(engine.masterKey);
    expect(engine.masterKey.length).toBeGreaterThanOrEqual(32);
  });

  it("reuses the stored key instead of making a new one", () => {
    expect(ensureMasterKey(dataDir)).toBe(engine.masterKey);
  });

  it("listens on 127.0.0.1 and refuses requests without the key", async () => {
    expect(new URL(engine.url).hostname).toBe("127.0.0.1");
    const health = await fetch(`${engine.url}/health`);
    expect(await health.json()).toEqual({ status: "available" });
    const anonymous = await fetch(`${engine.url}/indexes`);
    expect(anonymous.status).toBe(401);
    const withKey = await fetch(`${engine.url}/indexes`, { headers: { Authorization: `Bearer ${engine.masterKey}` } });
    expect(withKey.status).toBe(200);
  });

  it("stop() ends the process and removes the pid file", async () => {
    expect(fs.readFileSync(path.join(dataDir, "meili.pid"), "utf8")).toBe(String(engine.pid));
    expect(() => process.kill(engine.pid, 0)).not.toThrow();
    await engine.stop();
    stopped = true;
    expect(() => process.kill(engine.pid, 0)).toThrow(expect.objectContaining({ code: "ESRCH" }));
    expect(fs.existsSync(path.join(dataDir, "meili.pid"))).toBe(false);
    await expect(fetch(`${engine.url}/health`)).rejects.toThrow();
  });
});

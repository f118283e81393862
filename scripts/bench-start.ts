// Start-up benchmark: time from `npm start` to a ready /healthz, on an empty DATA_DIR
// (first start: migrate, seed, start Meilisearch, build the index) and again on the same
// DATA_DIR (warm start). The app build is reused when it is current, as on a real machine.
//   npx tsx scripts/bench-start.ts
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "~/search/engine.server";

async function timeStart(dataDir: string, port: number) {
  const started = performance.now();
  const child = spawn("npm", ["start"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, MEILI_URL: "" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  const ready = await new Promise<number>((resolve, reject) => {
    const timer = setInterval(async () => {
      const response = await fetch(`http://localhost:${port}/healthz`).catch(() => null);
      if (response?.ok) {
        clearInterval(timer);
        resolve(performance.now() - started);
      } else if (performance.now() - started > 180_000) {
        clearInterval(timer);
        reject(new Error(`not ready after 180 s:\n${output}`));
      }
    }, 100);
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-(child.pid ?? 0), "SIGINT");
  await exited;
  return ready;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-start-"));
try {
  const port = await freePort();
  const first = await timeStart(dataDir, port);
  const warm = await timeStart(dataDir, port);
  console.log("| Start | bis /healthz 200 |\n|---|---:|");
  console.log(`| erster Start (leeres DATA_DIR) | ${(first / 1000).toFixed(1)} s |`);
  console.log(`| erneuter Start (gleiches DATA_DIR) | ${(warm / 1000).toFixed(1)} s |`);
  console.log("\nZiel: ≤ 60 s nach `npm install` auf einem frischen Klon.");
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}

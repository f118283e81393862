// Starts one real Meilisearch for the whole test run, on a free port with its own data
// directory, and hands its address and master key to the test files (`inject("meili")`).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEngine } from "../../app/search/engine.server";
import { buildAppIfStale } from "../support/server";

declare module "vitest" {
  export interface ProvidedContext {
    meili: { url: string; masterKey: string };
  }
}

export default async function setup(project: TestProject) {
  // Build once up front, so test files that serve the app never build at the same time.
  await buildAppIfStale();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bildungsportal-test-meili-"));
  const engine = await startEngine({ dataDir, meiliBin: process.env.MEILI_BIN || undefined });
  project.provide("meili", { url: engine.url, masterKey: engine.masterKey });

  return async () => {
    await engine.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

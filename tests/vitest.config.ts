import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root,
  resolve: {
    alias: { "~": `${root}app` },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // One real Meilisearch for the whole run; every integration file uses its own index.
    globalSetup: ["tests/setup/global-setup.ts"],
    // Two cores: two test files at a time, each in its own process (better-sqlite3 and
    // child processes are happier in forks than in worker threads).
    pool: "forks",
    poolOptions: { forks: { minForks: 1, maxForks: 2 } },
    // Integration tests seed SQLite and index ~450 documents; browser tests set their own.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});

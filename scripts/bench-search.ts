// Search benchmark: full index build and query latency on the real seed catalogue, against
// a real Meilisearch (its own temporary one, or MEILI_URL). Prints a table.
//   npx tsx scripts/bench-search.ts [--rounds 20]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseSearchParams } from "~/search/params";
import { searchCatalogue } from "~/search/search.server";
import { rebuildIndex } from "~/search/sync.server";
import { municipalityNames } from "~/catalogue/places.server";
import { getEnv } from "~/env.server";
import { ensureSearchKey } from "~/search/meili.server";
import { ensureEngine, prepareCatalogue } from "./runtime";

const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 20;
const QUERIES = [
  "q=gymnasium",
  "q=Gymnasium+Marbach",
  "q=kita&gemeinde=kornwestheim",
  "q=musikschule",
  "q=Grundschule+Asperg",
  "q=Volkshochschule",
  "q=AVdual",
  "q=Museum&kategorie=kultur",
  "kategorie=kita&kategorie=jugendhilfe",
  "gemeinde=ludwigsburg&seite=3",
  "q=Sprachf%C3%B6rderung",
  "q=Jugendhaus",
  "",
];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
const env = getEnv({ ...process.env, DATA_DIR: dir, MEILI_INDEX: `bench_${process.pid}` });
const { db } = prepareCatalogue(env.DATABASE_PATH);
const engine = await ensureEngine(env);
try {
  const builds: number[] = [];
  for (let i = 0; i < 3; i++) builds.push((await rebuildIndex(db, engine.config)).ms);
  const config = { ...engine.config, searchKey: await ensureSearchKey(engine.config) };
  const known = new Set(municipalityNames(db).keys());

  const rows: { query: string; total: number; p50: number; p95: number; max: number }[] = [];
  for (const raw of QUERIES) {
    const { params } = parseSearchParams(new URLSearchParams(raw), known);
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      const outcome = await searchCatalogue(params, config);
      times.push(performance.now() - started);
      if (outcome.status === "degraded") throw new Error(outcome.message);
      total = outcome.total;
    }
    times.sort((a, b) => a - b);
    rows.push({ query: raw || "(alles)", total, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? 0 });
  }

  console.log(`\nIndex-Neuaufbau (${builds.length}×, Dokumente: ${rows.at(-1)?.total}): ${builds.map((ms) => `${ms} ms`).join(", ")}`);
  console.log(`\nSuchanfragen über searchCatalogue (Multi-Search inkl. Facetten), ${rounds} Runden je Anfrage:`);
  console.log("| Anfrage | Treffer | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|");
  for (const row of rows) {
    console.log(`| ${row.query} | ${row.total} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.max.toFixed(1)} |`);
  }
  const all = rows.map((row) => row.p95).sort((a, b) => a - b);
  console.log(`\nZiel: p95 < 50 ms je Anfrage. Schlechtestes p95: ${all.at(-1)?.toFixed(1)} ms`);
} finally {
  await engine.running?.stop();
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

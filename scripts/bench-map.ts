// Map benchmark: the JavaScript a results page loads with and without the map, and how the
// map copes with many markers. The markers are synthetic (made up here, inside the
// district's bounding box) and reach the real /suche page only in this benchmark's browser,
// which answers /api/v1/pins itself. Prints Markdown tables.
//   npx tsx scripts/bench-map.ts
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import type { Page } from "playwright-core";
import { SECTORS } from "~/catalogue/vocabulary";
import type { MapPin, PinsResponse } from "~/map/types";
import { launchBrowser } from "../tests/support/browser";
import { startBenchApp, type BenchApp } from "./bench-app";

process.chdir(fileURLToPath(new URL("..", import.meta.url)));

const MARKER_COUNTS = [2_000, 20_000];
const MAP_CHUNK_BUDGET_KB = 70;
const ASSETS = "build/client/build";

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length;

type Manifest = {
  entry: { module: string; imports?: string[] };
  routes: Record<string, { module: string; imports?: string[] }>;
};

function readManifest(): Manifest {
  const file = fs.readdirSync(ASSETS).find((name) => /^manifest-.*\.js$/.test(name));
  if (!file) throw new Error("[bench] Kein Remix-Manifest in build/client/build.");
  const source = fs.readFileSync(path.join(ASSETS, file), "utf8");
  return JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)) as Manifest;
}

const urlToFile = (url: string) => path.join("build/client", url);

/** A chunk and every chunk it imports statically, as paths under build/client. */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = fs.readFileSync(file, "utf8");
  // Static imports only: `import("…")` (a lazy chunk) has a parenthesis before the quote.
  for (const match of source.matchAll(/(?:from|import)\s*"((?:\.{1,2})?\/[^"]+\.js)"/g)) {
    const url = match[1] ?? "";
    withStaticImports(url.startsWith("/") ? urlToFile(url) : path.join(path.dirname(file), url), seen);
  }
  return seen;
}

function bundleSizes() {
  const manifest = readManifest();
  const route = manifest.routes["routes/suche"];
  if (!route) throw new Error("[bench] Route routes/suche fehlt im Manifest.");
  const initial = new Set<string>();
  for (const url of [manifest.entry.module, ...(manifest.entry.imports ?? []), manifest.routes.root?.module ?? "", ...(manifest.routes.root?.imports ?? []), route.module, ...(route.imports ?? [])]) {
    if (url) withStaticImports(urlToFile(url), initial);
  }
  const shared = path.join(ASSETS, "_shared");
  const lazy = fs.readdirSync(shared).find((name) => name.startsWith("results-map.client-"));
  if (!lazy) throw new Error("[bench] Der Karten-Chunk (results-map.client) fehlt.");
  const mapChunks = [...withStaticImports(path.join(shared, lazy))].filter((file) => !initial.has(file));
  const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipSize(file), 0);
  const rawSum = (files: Iterable<string>) => [...files].reduce((total, file) => total + fs.statSync(file).size, 0);
  return {
    initial: { files: initial.size, gzip: sum(initial), raw: rawSum(initial) },
    map: { files: mapChunks.length, gzip: sum(mapChunks), raw: rawSum(mapChunks) },
  };
}

/** Deterministic pseudo-random numbers (mulberry32), so every run draws the same markers. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticPins(count: number): PinsResponse {
  const next = random(count);
  const pins: MapPin[] = Array.from({ length: count }, (_, i) => ({
    id: `synthetisch-${i}`,
    slug: `synthetisch-${i}`,
    title: `Synthetischer Marker ${i + 1}`,
    type: "Messpunkt",
    category: SECTORS[i % SECTORS.length] ?? "kita",
    lat: 48.8 + next() * 0.28,
    lng: 9.0 + next() * 0.38,
    approximate: i % 5 === 0,
    address: null,
  }));
  return { total: count, pins };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** Starts sampling frame intervals with requestAnimationFrame in the page. */
async function startFrames(page: Page) {
  // A string, not a function: the TypeScript runner would wrap named functions in helpers
  // that do not exist in the page.
  await page.evaluate(`(() => {
    const frames = [];
    let last = performance.now();
    window.benchFrames = frames;
    window.benchStop = false;
    requestAnimationFrame(function tick(now) {
      frames.push(now - last);
      last = now;
      if (!window.benchStop) requestAnimationFrame(tick);
    });
  })()`);
}

function stopFrames(page: Page) {
  return page.evaluate("window.benchStop = true, window.benchFrames.slice(1)") as Promise<number[]>;
}

/**
 * Frame intervals while the map is zoomed in and out (keyboard, animated) and while it is
 * dragged with the mouse. Keyboard zoom on the focused map: a role query for the zoom
 * buttons would itself cost frames (it computes the accessible names of every marker).
 */
async function interactionFrames(page: Page) {
  const map = page.locator(".map");
  await map.focus();
  const box = await map.boundingBox();
  if (!box) throw new Error("[bench] Karte nicht sichtbar");
  await startFrames(page);
  for (const key of ["Equal", "Equal", "Minus", "Equal", "Minus", "Minus"]) {
    await page.keyboard.press(key);
    await page.waitForTimeout(450);
  }
  const zoom = await stopFrames(page);
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await startFrames(page);
  for (let i = 0; i < 6; i++) {
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    const dx = i % 2 === 0 ? 160 : -160;
    for (let step = 1; step <= 10; step++) await page.mouse.move(centre.x + (dx * step) / 10, centre.y + (dx * step) / 20);
    await page.mouse.up();
    await page.waitForTimeout(250);
  }
  return { zoom, pan: await stopFrames(page) };
}

const frameFigures = (frames: number[]) =>
  `${(1000 / percentile(frames, 50)).toFixed(0)} | ${percentile(frames, 95).toFixed(0)} | ${percentile(frames, 100).toFixed(0)} | ` +
  `${frames.filter((frame) => frame > 50).length} von ${frames.length}`;

let bench: BenchApp | undefined;
let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;

try {
  bench = await startBenchApp("map");
  const sizes = bundleSizes();
  browser = await launchBrowser();

  const rows: string[] = [];
  for (const count of MARKER_COUNTS) {
    const body = JSON.stringify(syntheticPins(count));
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: "de-DE" });
    const page = await context.newPage();
    await page.route("**/api/v1/pins*", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
    await page.goto(`${bench.url}/suche?q=schule`);
    await page.locator(`.map[data-pins-ready='${count}']`).waitFor({ timeout: 120_000 });
    const timing = await page.evaluate(() => {
      const measure = performance.getEntriesByName("karte:marker").at(-1);
      return measure ? { markers: measure.duration, sinceNavigation: measure.startTime + measure.duration } : null;
    });
    const clusters = await page.locator(".leaflet-marker-icon.cluster").count();
    const frames = await interactionFrames(page);
    const start = `| ${count.toLocaleString("de-DE")} | ${timing ? timing.markers.toFixed(0) : "–"} | ${timing ? timing.sinceNavigation.toFixed(0) : "–"} | ${clusters} |`;
    rows.push(`${start} Zoomen | ${frameFigures(frames.zoom)} |`, `${start} Verschieben | ${frameFigures(frames.pan)} |`);
    await context.close();
  }

  console.log(`\n## 1. JavaScript der Ergebnisseite (gzip)\n`);
  console.log("| Teil | Dateien | KB roh | KB gzip |\n|---|---:|---:|---:|");
  console.log(`| Erster Aufruf von /suche ohne Karte | ${sizes.initial.files} | ${kb(sizes.initial.raw)} | ${kb(sizes.initial.gzip)} |`);
  console.log(`| Karten-Chunk (nachgeladen, nur mit Karte) | ${sizes.map.files} | ${kb(sizes.map.raw)} | ${kb(sizes.map.gzip)} |`);
  console.log(`| Erster Aufruf mit Karte | ${sizes.initial.files + sizes.map.files} | ${kb(sizes.initial.raw + sizes.map.raw)} | ${kb(sizes.initial.gzip + sizes.map.gzip)} |`);
  const withinBudget = sizes.map.gzip / 1024 <= MAP_CHUNK_BUDGET_KB;
  console.log(`\nZiel: Karten-Chunk ≤ ${MAP_CHUNK_BUDGET_KB} KB gzip – ${withinBudget ? "erreicht" : "NICHT erreicht"}.`);

  console.log(`\n## 2. Viele Marker (synthetisch), Chromium headless ohne GPU, 1400 × 900\n`);
  console.log(
    "Erste Cluster: vom Anlegen der Marker bis zum ersten Frame nach dem Clustern, und ab Navigationsbeginn. " +
      "Dann 6 animierte Zoomstufen (Tastatur) und 6 Verschiebungen mit der Maus; Frame-Abstände mit requestAnimationFrame.\n",
  );
  console.log("| Marker | erste Cluster ms | ab Navigation ms | Cluster sichtbar | Bewegung | Frames/s (Median) | p95 Frame ms | längster Frame ms | Frames > 50 ms |");
  console.log("|---:|---:|---:|---:|---|---:|---:|---:|---:|");
  for (const row of rows) console.log(row);
} finally {
  await browser?.close();
  await bench?.stop();
}

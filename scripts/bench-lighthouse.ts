// Lighthouse (performance and accessibility, mobile defaults with simulated throttling) on the
// home page, a search and a detail page, in the same Chromium the browser tests use, against
// the production build on a test catalogue. Prints a Markdown table.
//   npx tsx scripts/bench-lighthouse.ts
import { fileURLToPath } from "node:url";
import lighthouse from "lighthouse";
import { freePort } from "~/search/engine.server";
import { launchBrowser } from "../tests/support/browser";
import { startBenchApp, type BenchApp } from "./bench-app";
import { findInstitution } from "../tests/support/catalogue";

process.chdir(fileURLToPath(new URL("..", import.meta.url)));

const TARGETS = { accessibility: 100, performance: 90 };

let bench: BenchApp | undefined;
let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;

try {
  bench = await startBenchApp("lighthouse");
  const port = await freePort();
  browser = await launchBrowser([`--remote-debugging-port=${port}`]);
  const school = findInstitution(bench.db, "Friedrich-Schiller-Gymnasium", "marbach-am-neckar").institution;
  const pages = [
    { name: "Startseite", path: "/" },
    { name: "Suche", path: "/suche?q=kita" },
    { name: "Eintrag", path: `/angebote/${school.slug}` },
  ];
  const rows: string[] = [];
  for (const { name, path: pagePath } of pages) {
    const result = await lighthouse(`${bench.url}${pagePath}`, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`[bench] Lighthouse lieferte kein Ergebnis für ${pagePath}`);
    const score = (key: string) => Math.round((lhr.categories[key]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? "–";
    const failed = Object.values(lhr.categories.accessibility?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => audit?.id)
      .join(", ");
    rows.push(
      `| ${name} (\`${pagePath.length > 40 ? `${pagePath.slice(0, 40)}…` : pagePath}\`) | ${score("accessibility")} | ${score("performance")} | ` +
        `${metric("first-contentful-paint")} | ${metric("largest-contentful-paint")} | ${metric("total-blocking-time")} | ${metric("cumulative-layout-shift")} | ${failed || "–"} |`,
    );
  }
  console.log(`\n## Lighthouse ${"(mobil, simulierte Drosselung)"}\n`);
  console.log(`Ziele: Barrierefreiheit ${TARGETS.accessibility}, Performance ≥ ${TARGETS.performance}.\n`);
  console.log("| Seite | Barrierefreiheit | Performance | FCP | LCP | TBT | CLS | nicht bestandene Barrierefreiheits-Prüfungen |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---|");
  for (const row of rows) console.log(row);
} finally {
  await browser?.close();
  await bench?.stop();
}

// The setup every browser test shares: a temp catalogue with the real seed, its own index on
// the run's Meilisearch, the built app served by scripts/serve.ts, and Chromium.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ensureSearchKey, ensureWriteKey } from "~/search/meili.server";
import { syncSearchIndex } from "~/search/sync.server";
import { launchBrowser, watchPage, type PageProblems } from "./browser";
import { createTempCatalogue, type TempCatalogue } from "./catalogue";
import { dropTestIndex, testEngineConfig } from "./engine";
import { serveApp, type AppEnv, type ServedApp } from "./server";

export type BrowserApp = {
  url: string;
  app: ServedApp;
  /** How the app was served, for serving a variant of it. */
  appEnv: AppEnv;
  browser: Browser;
  catalogue: TempCatalogue;
  openPage: (options: { javaScriptEnabled: boolean }) => Promise<{ context: BrowserContext; page: Page; problems: PageProblems }>;
  stop: () => Promise<void>;
};

export async function startBrowserApp(name: string): Promise<BrowserApp> {
  const config = testEngineConfig(name);
  const catalogue = createTempCatalogue(`${name}-browser`);
  await syncSearchIndex(catalogue.db, config);
  const searchKey = await ensureSearchKey(config);
  if (!searchKey) throw new Error("Kein Suchschlüssel");
  // As under `npm start`: the app's outbox worker writes with the sync key.
  const writeKey = await ensureWriteKey(config);

  const appEnv: AppEnv = {
    databasePath: catalogue.databasePath,
    dataDir: catalogue.dir,
    meiliUrl: config.url,
    meiliIndex: config.indexUid,
    meiliSearchKey: searchKey,
    meiliWriteKey: writeKey,
  };
  const [served, launched] = await Promise.allSettled([serveApp(appEnv), launchBrowser()]);
  const stop = async () => {
    if (launched.status === "fulfilled") await launched.value.close();
    if (served.status === "fulfilled") await served.value.stop();
    await dropTestIndex(config);
    catalogue.cleanup();
  };
  if (served.status === "rejected" || launched.status === "rejected") {
    await stop();
    throw served.status === "rejected" ? served.reason : (launched as PromiseRejectedResult).reason;
  }
  const browser = launched.value;
  return {
    url: served.value.url,
    app: served.value,
    appEnv,
    browser,
    catalogue,
    stop,
    openPage: async (options) => {
      const context = await browser.newContext({ ...options, locale: "de-DE" });
      context.setDefaultTimeout(30_000);
      const page = await context.newPage();
      return { context, page, problems: watchPage(page, options) };
    },
  };
}

/** Serious and critical WCAG 2.1 A/AA findings of axe on the page as it is now. */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    }));
}

/** The same app and catalogue with a Meilisearch that does not answer. */
export function serveWithoutEngine(site: BrowserApp): Promise<ServedApp> {
  return serveApp(
    {
      ...site.appEnv,
      meiliUrl: "http://127.0.0.1:9",
      meiliIndex: "unerreichbar",
      meiliSearchKey: "kein-schluessel",
      meiliWriteKey: undefined,
    },
    { requireHealthy: false },
  );
}

/** Lines the served app logged that speak of errors; a journey should leave none. */
export function serverErrors(site: BrowserApp): string[] {
  return site.app.output().split("\n").filter((line) => /error|fehlgeschlagen/i.test(line));
}

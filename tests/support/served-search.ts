// The seed catalogue indexed into the test run's Meilisearch and served by the built app
// twice: with the engine, and pointed at an address where nothing answers.
import { ensureSearchKey } from "~/search/meili.server";
import { rebuildIndex } from "~/search/sync.server";
import { createTempCatalogue, type TempCatalogue } from "./catalogue";
import { dropTestIndex, testEngineConfig } from "./engine";
import { serveApp, type ServedApp } from "./server";

export type ServedSearch = {
  config: ReturnType<typeof testEngineConfig>;
  catalogue: TempCatalogue;
  /** The app with its search engine. */
  app: ServedApp;
  /** The same app and catalogue with the engine unreachable (searches degrade). */
  down: ServedApp;
  stop: () => Promise<void>;
};

/** For `beforeAll`; `stop` belongs in `afterAll`. */
export async function serveSearch(name: string): Promise<ServedSearch> {
  const config = testEngineConfig(name);
  const catalogue = createTempCatalogue(name);
  const served: ServedApp[] = [];
  const stop = async () => {
    for (const app of served) await app.stop();
    await dropTestIndex(config);
    catalogue.cleanup();
  };
  try {
    await rebuildIndex(catalogue.db, config);
    const searchKey = await ensureSearchKey(config);
    if (!searchKey) throw new Error("Kein Suchschlüssel");
    const settings = { databasePath: catalogue.databasePath, dataDir: catalogue.dir, meiliIndex: config.indexUid };
    served.push(await serveApp({ ...settings, meiliUrl: config.url, meiliSearchKey: searchKey }));
    served.push(
      await serveApp({ ...settings, meiliUrl: "http://127.0.0.1:9", meiliSearchKey: "kein-schluessel" }, { requireHealthy: false }),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const [app, down] = served as [ServedApp, ServedApp];
  return { config, catalogue, app, down, stop };
}

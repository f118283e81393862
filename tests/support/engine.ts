// Access to the Meilisearch that tests/setup/global-setup.ts started for this run. Each test
// file works on its own index, so files can run in parallel on the one server.
import { inject } from "vitest";
import { adminClient, syncKeyIndexes, type EngineConfig } from "~/search/meili.server";

/** Admin config (master key) for a per-file index, e.g. `t_search_12345`. */
export function testEngineConfig(name: string): EngineConfig & { masterKey: string } {
  const { url, masterKey } = inject("meili");
  return { url, masterKey, indexUid: `t_${name}_${process.pid}` };
}

/** Deletes the file's index, any unfinished build index and the search and sync keys made for it. */
export async function dropTestIndex(config: EngineConfig) {
  const client = adminClient(config);
  const { results: indexes } = await client.getIndexes({ limit: 1000 });
  for (const index of indexes) {
    if (index.uid === config.indexUid || index.uid.startsWith(`${config.indexUid}_build_`)) {
      await client.deleteIndex(index.uid).waitTask();
    }
  }
  const ours = new Set(syncKeyIndexes(config.indexUid));
  const { results: keys } = await client.getKeys({ limit: 1000 });
  for (const key of keys) {
    if (key.indexes.length > 0 && key.indexes.every((index) => ours.has(index))) await client.deleteKey(key.uid);
  }
}

/** Every index uid on the server that belongs to this config (live and build indexes). */
export async function indexesOf(config: EngineConfig) {
  const { results } = await adminClient(config).getIndexes({ limit: 1000 });
  return results
    .map((index) => index.uid)
    .filter((uid) => uid === config.indexUid || uid.startsWith(`${config.indexUid}_build_`))
    .sort();
}

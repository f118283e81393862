import { Meilisearch, type Task } from "meilisearch";
import { getEnv } from "~/env.server";
import { createMeilisearchClient } from "./http-client.server";

export type EngineConfig = { url: string; masterKey?: string; searchKey?: string; indexUid: string };

export const SEARCH_KEY_NAME = "bildungsportal-search";

/** Engine settings of this process, from the environment (`npm start` fills them in). */
export function engineConfigFromEnv(): EngineConfig {
  const env = getEnv();
  if (!env.MEILI_URL) {
    throw new Error("[search] MEILI_URL ist nicht gesetzt. Starten Sie das Portal mit `npm start`.");
  }
  return {
    url: env.MEILI_URL,
    masterKey: env.MEILI_MASTER_KEY,
    searchKey: env.MEILI_SEARCH_KEY,
    indexUid: env.MEILI_INDEX,
  };
}

function connect(url: string, apiKey: string | undefined, timeout: number) {
  return createMeilisearchClient({ host: url, apiKey, timeout });
}

export function adminClient(config: EngineConfig): Meilisearch {
  return connect(config.url, config.masterKey, 10_000);
}

/** Throws when a task did not succeed, with the engine's own message. */
export function assertSucceeded(task: Task): Task {
  if (task.status !== "succeeded") {
    throw new Error(`[search] Task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? "ohne Meldung"}`);
  }
  return task;
}

/**
 * The search-only key: given, or looked up / created through the keys API with the master
 * key. Without a master key (an open development server) searches go unauthenticated.
 */
export async function ensureSearchKey(config: EngineConfig): Promise<string | undefined> {
  if (config.searchKey) return config.searchKey;
  if (!config.masterKey) return undefined;
  const admin = adminClient(config);
  const { results } = await admin.getKeys({ limit: 1000 });
  const existing = results.find(
    (key) =>
      key.name === SEARCH_KEY_NAME &&
      key.actions.length === 1 &&
      key.actions[0] === "search" &&
      key.indexes.includes(config.indexUid) &&
      key.expiresAt === null,
  );
  if (existing) return existing.key;
  const created = await admin.createKey({
    name: SEARCH_KEY_NAME,
    description: "Nur Suche, für Anfragen des Portals",
    actions: ["search"],
    indexes: [config.indexUid],
    expiresAt: null,
  });
  return created.key;
}

const searchClients = new Map<string, Promise<Meilisearch>>();

/** A client that can only search; the one used on the request path. */
export function searchClient(config: EngineConfig): Promise<Meilisearch> {
  const cacheKey = `${config.url}|${config.indexUid}`;
  let client = searchClients.get(cacheKey);
  if (!client) {
    client = ensureSearchKey(config).then((apiKey) => connect(config.url, apiKey, 5_000));
    // A failed lookup (engine down) must not be cached forever.
    client.catch(() => searchClients.delete(cacheKey));
    searchClients.set(cacheKey, client);
  }
  return client;
}

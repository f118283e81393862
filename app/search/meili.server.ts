import { Meilisearch, type Task } from "meilisearch";
import { getEnv } from "~/env.server";
import { createMeilisearchClient, createSearchClient, type SearchClient } from "./http-client.server";

export type EngineConfig = {
  url: string;
  masterKey?: string;
  searchKey?: string;
  /** The sync module's key (MEILI_WRITE_KEY): writes to this portal's indexes, nothing else. */
  writeKey?: string;
  indexUid: string;
};

export const SEARCH_KEY_NAME = "bildungsportal-search";
export const SYNC_KEY_NAME = "bildungsportal-sync";

/**
 * What the sync module does with the engine, and nothing more: no key management, no dumps,
 * no searches, no other indexes. Checked on Meilisearch 1.21 with a key limited to the live
 * index and its build indexes: creating, filling, swapping and deleting indexes all work; only
 * the swap's task stays hidden from such a key (sync.server.ts confirms the swap another way).
 */
export const SYNC_KEY_ACTIONS = [
  "documents.add",
  "documents.get",
  "documents.delete",
  "indexes.create",
  "indexes.get",
  "indexes.delete",
  "indexes.swap",
  "settings.get",
  "settings.update",
  "tasks.get",
  "stats.get",
] as const;

/** The live index and the build indexes a full rebuild creates next to it. */
export function syncKeyIndexes(indexUid: string): string[] {
  return [indexUid, `${indexUid}_build_*`];
}

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
    writeKey: env.MEILI_WRITE_KEY,
    indexUid: env.MEILI_INDEX,
  };
}

function connect(url: string, apiKey: string | undefined, timeout: number) {
  return createMeilisearchClient({ host: url, apiKey, timeout });
}

/** Master key: manages API keys. Only `npm start`, the scripts and the tests have it. */
export function adminClient(config: EngineConfig): Meilisearch {
  return connect(config.url, config.masterKey, 10_000);
}

/** The sync module's client: the write key where there is one, else the master key. */
export function writeClient(config: EngineConfig): Meilisearch {
  return connect(config.url, config.writeKey ?? config.masterKey, 10_000);
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

function sameSet(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/**
 * The sync key (see SYNC_KEY_ACTIONS): given, or looked up / created with the master key.
 * Keys of this name for the same indexes with other actions (an earlier version) are
 * deleted. Without a master key there is none, and the web server keeps no index in sync.
 */
export async function ensureWriteKey(config: EngineConfig): Promise<string | undefined> {
  if (config.writeKey) return config.writeKey;
  if (!config.masterKey) return undefined;
  const admin = adminClient(config);
  const indexes = syncKeyIndexes(config.indexUid);
  const { results } = await admin.getKeys({ limit: 1000 });
  const ours = results.filter((key) => key.name === SYNC_KEY_NAME && sameSet(key.indexes, indexes));
  const existing = ours.find((key) => sameSet(key.actions, SYNC_KEY_ACTIONS) && key.expiresAt === null);
  for (const outdated of ours) {
    if (outdated !== existing) await admin.deleteKey(outdated.uid);
  }
  if (existing) return existing.key;
  const created = await admin.createKey({
    name: SYNC_KEY_NAME,
    description: "Abgleich des Suchindex mit dem Katalog (nur die Indizes des Portals)",
    actions: [...SYNC_KEY_ACTIONS],
    indexes,
    expiresAt: null,
  });
  return created.key;
}

const searchClients = new Map<string, Promise<SearchClient>>();

/** A client that can only search; the one used on the request path. */
export function searchClient(config: EngineConfig): Promise<SearchClient> {
  const cacheKey = `${config.url}|${config.indexUid}`;
  let client = searchClients.get(cacheKey);
  if (!client) {
    client = ensureSearchKey(config).then((apiKey) => createSearchClient({ host: config.url, apiKey, timeout: 5_000 }));
    // A failed lookup (engine down) must not be cached forever.
    client.catch(() => searchClients.delete(cacheKey));
    searchClients.set(cacheKey, client);
  }
  return client;
}

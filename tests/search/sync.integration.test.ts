// The index is a projection of the SQLite catalogue: built in full (fresh index + swap) or
// kept up to date through the outbox. Runs on its own index and catalogue.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions } from "../../db/schema";
import { countPendingChanges, recordChange } from "~/catalogue/outbox.server";
import { adminClient } from "~/search/meili.server";
import type { SearchParams } from "~/search/params";
import { INDEX_SETTINGS } from "~/search/settings";
import { drainOutbox, fingerprint, loadSearchDocuments, rebuildIndex, syncSearchIndex } from "~/search/sync.server";
import { meta } from "../../db/schema";
import { searchWith } from "../support/search";
import { createTempCatalogue, findInstitution, type TempCatalogue } from "../support/catalogue";
import { dropTestIndex, indexesOf, testEngineConfig } from "../support/engine";

const config = testEngineConfig("sync");
let catalogue: TempCatalogue;

beforeAll(() => {
  catalogue = createTempCatalogue("sync");
});

afterAll(async () => {
  await dropTestIndex(config);
  catalogue?.cleanup();
});

async function search(params: Partial<SearchParams>) {
  const outcome = await searchWith(catalogue.db, config, params);
  if (outcome.status === "degraded") throw new Error(outcome.message);
  return outcome;
}

function renameInstitution(id: number, name: string) {
  catalogue.db.transaction((tx) => {
    tx.update(institutions).set({ name }).where(eq(institutions.id, id)).run();
    recordChange(tx, [{ entity: "institution", entityId: id, operation: "upsert" }]);
  });
}

describe("search index sync", () => {
  let documents = 0;

  it("builds the index on first sync and marks the seed's outbox rows as done", async () => {
    expect(countPendingChanges(catalogue.db)).toBeGreaterThan(400);
    const result = await syncSearchIndex(catalogue.db, config);
    expect(result.mode).toBe("rebuild");
    documents = result.documents;
    expect(countPendingChanges(catalogue.db)).toBe(0);
    expect((await search({})).total).toBe(documents);
    expect(await indexesOf(config)).toEqual([config.indexUid]);
  });

  it("a second sync of an unchanged catalogue is incremental", async () => {
    const result = await syncSearchIndex(catalogue.db, config);
    expect(result).toEqual({ mode: "incremental", documents, processed: 0 });
  });

  it("a rebuild swaps the new index in while searches keep finding everything", async () => {
    const before = await search({});
    const totals: number[] = [];
    let done = false;
    const rebuild = rebuildIndex(catalogue.db, config).finally(() => {
      done = true;
    });
    while (!done) totals.push((await search({})).total);
    const result = await rebuild;
    const after = await search({});

    expect(result.documents).toBe(documents);
    expect(after.total).toBe(before.total);
    expect(totals.length).toBeGreaterThan(0);
    expect(new Set(totals)).toEqual(new Set([documents]));
    // The old live index is gone after the swap; no build index is left behind.
    expect(await indexesOf(config)).toEqual([config.indexUid]);
  });

  it("a renamed institution is found under its new name once the outbox is drained", async () => {
    const { institution } = findInstitution(
      catalogue.db,
      "Staatsarchiv Ludwigsburg (Landesarchiv Baden-Württemberg) – Archivpädagogik",
    );
    renameInstitution(institution.id, "Archivwerkstatt Arsenalplatz");
    expect(countPendingChanges(catalogue.db)).toBe(1);
    // Not yet: nothing writes to the index except the sync module.
    const before = await search({ q: "Archivwerkstatt Arsenalplatz" });
    expect(before.hits.map((hit) => hit.title)).not.toContain("Archivwerkstatt Arsenalplatz");

    expect(await drainOutbox(catalogue.db, config)).toEqual({ processed: 1 });
    expect(countPendingChanges(catalogue.db)).toBe(0);
    const after = await search({ q: "Archivwerkstatt Arsenalplatz" });
    expect(after.hits.slice(0, 1).map((hit) => [hit.title, hit.slug, hit.municipality?.name])).toEqual([
      ["Archivwerkstatt Arsenalplatz", institution.slug, "Ludwigsburg"],
    ]);
    const oldName = await search({ q: "Staatsarchiv" });
    expect(oldName.hits.map((hit) => hit.title)).not.toContain(institution.name);
    expect((await search({})).total).toBe(documents);
  });

  it("an institution set to draft disappears from search once the outbox is drained", async () => {
    const { institution } = findInstitution(catalogue.db, "Filmakademie Baden-Württemberg");
    expect((await search({ q: "Filmakademie" })).hits.map((hit) => hit.slug)).toContain(institution.slug);

    catalogue.db.transaction((tx) => {
      tx.update(institutions).set({ status: "draft" }).where(eq(institutions.id, institution.id)).run();
      recordChange(tx, [{ entity: "institution", entityId: institution.id, operation: "upsert" }]);
    });
    expect(await drainOutbox(catalogue.db, config)).toEqual({ processed: 1 });

    expect((await search({ q: "Filmakademie" })).hits.map((hit) => hit.slug)).not.toContain(institution.slug);
    expect((await search({})).total).toBe(documents - 1);
  });

  it("rebuilds a missing index from the catalogue", async () => {
    await adminClient(config).deleteIndex(config.indexUid).waitTask();
    const result = await syncSearchIndex(catalogue.db, config);
    expect(result.mode).toBe("rebuild");
    expect(result.documents).toBe(documents - 1);
    expect((await search({ q: "Archivwerkstatt Arsenalplatz" })).hits[0]?.title).toBe("Archivwerkstatt Arsenalplatz");
    expect((await search({})).total).toBe(documents - 1);
  });

  it("rebuilds an index made with the settings of an earlier version (the map needs 5,000 hits)", async () => {
    const documentsNow = loadSearchDocuments(catalogue.db);
    // What the previous version stored: the same documents, at most 2,000 hits.
    const pagination = INDEX_SETTINGS.pagination;
    const current = pagination.maxTotalHits;
    let earlier: string;
    try {
      pagination.maxTotalHits = 2000;
      earlier = fingerprint(documentsNow);
    } finally {
      pagination.maxTotalHits = current;
    }
    await adminClient(config).index(config.indexUid).updatePagination({ maxTotalHits: 2000 }).waitTask();
    catalogue.db.update(meta).set({ value: earlier }).where(eq(meta.key, "search.fingerprint")).run();

    const result = await syncSearchIndex(catalogue.db, config);
    expect(result.mode).toBe("rebuild");
    expect(await adminClient(config).index(config.indexUid).getPagination()).toEqual({ maxTotalHits: 5000 });
    expect(await syncSearchIndex(catalogue.db, config)).toMatchObject({ mode: "incremental" });
  });
});

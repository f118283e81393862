// Suggestions for what people type into the search box, on the real seed catalogue indexed
// into the shared Meilisearch of this test run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEGRADED_MESSAGE } from "~/search/search.server";
import type { Suggestions } from "~/search/suggest";
import { suggest } from "~/search/suggest.server";
import { rebuildIndex } from "~/search/sync.server";
import { createTempCatalogue, type TempCatalogue } from "../support/catalogue";
import { dropTestIndex, testEngineConfig } from "../support/engine";

const config = testEngineConfig("suggest");
let catalogue: TempCatalogue;

beforeAll(async () => {
  catalogue = createTempCatalogue("suggest");
  await rebuildIndex(catalogue.db, config);
});

afterAll(async () => {
  await dropTestIndex(config);
  catalogue?.cleanup();
});

async function suggestions(query: string): Promise<Suggestions> {
  const outcome = await suggest(query, { config, db: catalogue.db });
  if (outcome.status === "degraded") throw new Error(`Vorschläge nicht verfügbar: ${outcome.message}`);
  return outcome.suggestions;
}

describe("suggest on the seed catalogue", () => {
  it("suggests Kitas in Kornwestheim, the Gemeinden and the sector for „kita korn“", async () => {
    const result = await suggestions("kita korn");
    expect(result.query).toBe("kita korn");
    expect(result.entries.length).toBeGreaterThan(0);
    expect(result.entries.length).toBeLessThanOrEqual(8);
    expect(result.entries).toContainEqual(
      expect.objectContaining({ category: "kita", municipality: { slug: "kornwestheim", name: "Kornwestheim" } }),
    );
    expect(result.gemeinden).toEqual([
      { slug: "korntal-muenchingen", name: "Korntal-Münchingen" },
      { slug: "kornwestheim", name: "Kornwestheim" },
    ]);
    expect(result.kategorien).toEqual([{ key: "kita", label: "Kita und Kindertagesbetreuung" }]);
  });

  it("suggests Gymnasien for „gymn“", async () => {
    const result = await suggestions("gymn");
    expect(result.entries).toHaveLength(8);
    for (const entry of result.entries) {
      expect(entry.category).toBe("schule");
      expect(`${entry.title} ${entry.type}`).toMatch(/Gymnasium/);
    }
    expect(result.gemeinden).toEqual([]);
    expect(result.kategorien).toEqual([{ key: "schule", label: "Schule" }]);
  });

  it("suggests the further-education sector and Volkshochschulen for „vhs“", async () => {
    const result = await suggestions("vhs");
    expect(result.kategorien).toEqual([{ key: "weiterbildung", label: "Weiterbildung" }]);
    expect(result.entries.map((entry) => entry.type)).toContain("Volkshochschule");
  });

  it.each(["muench", "münch", "Muenchingen"])("finds Korntal-Münchingen for %j", async (query) => {
    const result = await suggestions(query);
    expect(result.gemeinden).toContainEqual({ slug: "korntal-muenchingen", name: "Korntal-Münchingen" });
  });

  it("returns only the fields of the contract", async () => {
    const [entry] = (await suggestions("Friedrich-Schiller-Gymnasium Marbach")).entries;
    expect(entry).toEqual({
      slug: expect.any(String),
      title: "Friedrich-Schiller-Gymnasium",
      category: "schule",
      type: "Gymnasium",
      municipality: { slug: "marbach-am-neckar", name: "Marbach am Neckar" },
    });
  });

  it("answers with empty lists when nothing matches", async () => {
    expect(await suggestions("xqzvw")).toEqual({ query: "xqzvw", entries: [], gemeinden: [], kategorien: [] });
  });

  it("is degraded, not an error, when the engine does not answer", async () => {
    const outcome = await suggest("kita", {
      config: { url: "http://127.0.0.1:9", searchKey: "kein-schluessel", indexUid: config.indexUid },
      db: catalogue.db,
    });
    expect(outcome).toEqual({ status: "degraded", message: DEGRADED_MESSAGE });
  });
});

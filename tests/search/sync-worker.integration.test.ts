// The web server's outbox worker on a real catalogue and a real Meilisearch: an edit is
// searchable within two seconds, the reconciliation finds what a rebuild then repairs, and
// nothing is lost while the engine is down. The file runs its own Meilisearch, which the
// loss test stops and starts again on the same port and data directory.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, institutions, offers, searchOutbox } from "../../db/schema";
import { createUser } from "~/admin/users.server";
import type { CatalogueDb } from "~/catalogue/db.server";
import { countPendingChanges, recordChange } from "~/catalogue/outbox.server";
import { documentId } from "~/search/documents";
import { freePort, startEngine, type RunningEngine } from "~/search/engine.server";
import { apiErrorOf } from "~/search/http-client.server";
import { adminClient, ensureSearchKey, ensureWriteKey, SYNC_KEY_ACTIONS, SYNC_KEY_NAME, type EngineConfig } from "~/search/meili.server";
import { requestSync, startSyncWorker, type SyncWorker } from "~/search/sync-worker.server";
import { syncSearchIndex } from "~/search/sync.server";
import { createTempCatalogue, findInstitution, type TempCatalogue } from "../support/catalogue";
import { Client } from "../support/admin-client";
import { answered, searchWith } from "../support/search";
import { serveApp, type AppEnv, type ServedApp } from "../support/server";

const now = () => new Date().toISOString();

function renameInstitution(db: CatalogueDb, id: number, name: string) {
  db.transaction((tx) => {
    tx.update(institutions).set({ name, updatedAt: now() }).where(eq(institutions.id, id)).run();
    recordChange(tx, [{ entity: "institution", entityId: id, operation: "upsert" }]);
  });
}

function setInstitutionStatus(db: CatalogueDb, id: number, status: "published" | "draft") {
  db.transaction((tx) => {
    tx.update(institutions).set({ status, updatedAt: now() }).where(eq(institutions.id, id)).run();
    recordChange(tx, [{ entity: "institution", entityId: id, operation: "upsert" }]);
  });
}

function retitleOffer(db: CatalogueDb, id: number, title: string) {
  db.transaction((tx) => {
    tx.update(offers).set({ title, updatedAt: now() }).where(eq(offers.id, id)).run();
    recordChange(tx, [{ entity: "offer", entityId: id, operation: "upsert" }]);
  });
}

function unpublishOffer(db: CatalogueDb, id: number) {
  db.transaction((tx) => {
    tx.update(offers).set({ status: "draft", updatedAt: now() }).where(eq(offers.id, id)).run();
    recordChange(tx, [{ entity: "offer", entityId: id, operation: "upsert" }]);
  });
}

/** A new institution modelled on an existing one, as an editor would enter it. */
function insertInstitution(db: CatalogueDb, templateId: number, name: string, slug: string): number {
  const template = db.select().from(institutions).where(eq(institutions.id, templateId)).get();
  if (!template) throw new Error(`Keine Einrichtung ${templateId}`);
  const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = template;
  return db.transaction((tx) => {
    const created = tx
      .insert(institutions)
      .values({ ...fields, name, slug, sourceRef: `redaktion:${slug}`, status: "published", reviewedAt: null })
      .returning({ id: institutions.id })
      .get();
    recordChange(tx, [{ entity: "institution", entityId: created.id, operation: "upsert" }]);
    return created.id;
  });
}

async function until<T>(what: string, deadlineMs: number, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Nicht innerhalb von ${deadlineMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The indexed document, or null when the index does not hold it. */
async function indexedDocument(config: EngineConfig, id: string) {
  try {
    return await adminClient(config).index(config.indexUid).getDocument(id);
  } catch (error) {
    if (apiErrorOf(error)?.cause?.code === "document_not_found") return null;
    throw error;
  }
}

const meiliBin = process.env.MEILI_BIN || undefined;
let dataDir: string;
let port: number;
let engine: RunningEngine | undefined;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bildungsportal-sync-worker-"));
  port = await freePort();
  engine = await startEngine({ dataDir, port, meiliBin });
});

afterAll(async () => {
  await engine?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Master-key config for an index on the file's engine. */
function adminConfig(indexUid: string) {
  if (!engine) throw new Error("Meilisearch läuft nicht");
  return { url: engine.url, masterKey: engine.masterKey, indexUid };
}

describe("sync worker", () => {
  let config: EngineConfig & { masterKey: string };
  let catalogue: TempCatalogue;
  let worker: SyncWorker;
  let writeConfig: EngineConfig;

  beforeAll(async () => {
    config = adminConfig("entries");
    catalogue = createTempCatalogue("sync-worker");
    await syncSearchIndex(catalogue.db, config);
    const writeKey = await ensureWriteKey(config);
    if (!writeKey) throw new Error("Kein Schreibschlüssel");
    // As in the web server: the write key only, no master key.
    writeConfig = { url: config.url, indexUid: config.indexUid, writeKey };
    worker = startSyncWorker({ db: catalogue.db, config: writeConfig });
  });

  afterAll(async () => {
    await worker?.stop();
    catalogue?.cleanup();
  });

  async function titlesFor(q: string) {
    return answered(await searchWith(catalogue.db, config, { q })).hits.map((hit) => hit.title);
  }

  it("creates one sync key limited to the portal's indexes and the sync's actions", async () => {
    const again = await ensureWriteKey(config);
    expect(again).toBe(writeConfig.writeKey);
    const { results } = await adminClient(config).getKeys({ limit: 1000 });
    const ours = results.filter((key) => key.name === SYNC_KEY_NAME && key.indexes.includes(config.indexUid));
    expect(ours.map((key) => [key.indexes, [...key.actions].sort()])).toEqual([
      [[config.indexUid, `${config.indexUid}_build_*`], [...SYNC_KEY_ACTIONS].sort()],
    ]);
    // The key cannot search, manage keys or touch other indexes.
    const limited = { url: config.url, masterKey: writeConfig.writeKey, indexUid: config.indexUid };
    await expect(adminClient(limited).getKeys()).rejects.toThrow();
    await expect(adminClient(limited).index(config.indexUid).search("Gymnasium")).rejects.toThrow();
    await expect(adminClient(limited).createIndex(`anderer_${config.indexUid}`).waitTask()).rejects.toThrow();
  });

  it("an edit is searchable within 2 s after requestSync, and an unpublished entry leaves the index", async () => {
    const { institution } = findInstitution(catalogue.db, "Friedrich-Schiller-Gymnasium", "marbach-am-neckar");
    const newName = "Schillerhöhe-Gymnasium Marbach";
    expect(await titlesFor(newName)).not.toContain(newName);

    const started = performance.now();
    renameInstitution(catalogue.db, institution.id, newName);
    requestSync();
    await until("neuer Name in der Suche", 2_000, async () => ((await titlesFor(newName)).includes(newName) ? true : undefined));
    const latency = Math.round(performance.now() - started);
    console.log(`[test] Bearbeitung bis zur Suche: ${latency} ms`);
    expect(latency).toBeLessThan(2_000);
    // The worker marks the row done once the engine reports the task, a moment after searches see it.
    await until("Warteschlange leer", 2_000, () => (countPendingChanges(catalogue.db) === 0 ? true : undefined));

    const unpublished = performance.now();
    setInstitutionStatus(catalogue.db, institution.id, "draft");
    requestSync();
    await until("Entwurf nicht mehr in der Suche", 2_000, async () =>
      (await titlesFor(newName)).includes(newName) ? undefined : true,
    );
    console.log(`[test] Zurückziehen bis zur Suche: ${Math.round(performance.now() - unpublished)} ms`);
    expect(await indexedDocument(config, documentId("einrichtung", institution.id))).toBeNull();
    expect(worker.state()).toMatchObject({ running: true, failing: false, failures: 0 });
  });

  it("the reconciliation reports a document deleted behind the catalogue's back, and a rebuild repairs it", async () => {
    await until("Warteschlange leer", 5_000, () => (countPendingChanges(catalogue.db) === 0 ? true : undefined));
    const clean = await worker.reconcile();
    expect(clean).toMatchObject({ ok: true, missing: [], extra: [], outdated: [], pending: 0 });
    expect(clean.index.documents).toBe(clean.catalogue.documents);
    expect(clean.index.lastUpdatedAt).toBe(clean.catalogue.lastUpdatedAt);

    // Test-only manipulation of the index, past the sync module.
    const { institution } = findInstitution(catalogue.db, "Filmakademie Baden-Württemberg");
    const lost = documentId("einrichtung", institution.id);
    const index = adminClient(config).index(config.indexUid);
    await index.deleteDocument(lost).waitTask();
    const { institution: other } = findInstitution(catalogue.db, "Robert-Franck-Schule Ludwigsburg");
    const aged = documentId("einrichtung", other.id);
    await index.updateDocuments([{ id: aged, updatedAt: "2001-01-01T00:00:00.000Z" }]).waitTask();
    expect(await titlesFor("Filmakademie")).not.toContain("Filmakademie Baden-Württemberg");

    const broken = await worker.reconcile();
    expect(broken).toMatchObject({ ok: false, missing: [lost], extra: [], outdated: [aged], pending: 0 });
    expect(broken.index.documents).toBe(broken.catalogue.documents - 1);

    const rebuilt = await worker.rebuild();
    expect(rebuilt.documents).toBe(broken.catalogue.documents);
    const repaired = await worker.reconcile();
    expect(repaired).toMatchObject({ ok: true, missing: [], extra: [], outdated: [] });
    expect(await titlesFor("Filmakademie")).toContain("Filmakademie Baden-Württemberg");
  });
});

describe("sync worker while its Meilisearch is down (loss test)", () => {
  let catalogue: TempCatalogue;
  let worker: SyncWorker | undefined;

  beforeAll(() => {
    catalogue = createTempCatalogue("sync-loss");
  });

  afterAll(async () => {
    await worker?.stop();
    catalogue?.cleanup();
  });

  it("keeps every change made during an outage and applies all of them once the engine is back", async () => {
    const admin = adminConfig("entries_loss");
    const writeKey = await ensureWriteKey(admin);
    if (!writeKey) throw new Error("Kein Schreibschlüssel");
    const config: EngineConfig = { url: admin.url, writeKey, indexUid: admin.indexUid };
    // First build with the write key: a rename swap the key cannot watch as a task.
    expect(await syncSearchIndex(catalogue.db, config)).toMatchObject({ mode: "rebuild", documents: 454 });

    const log: string[] = [];
    worker = startSyncWorker({
      db: catalogue.db,
      config,
      // Short pauses so the test does not wait half a minute for the next attempt.
      maxBackoffMs: 2_000,
      log: (message) => log.push(message),
    });
    const db = catalogue.db;
    await engine?.stop();

    // ≥ 20 edits while the engine is down: renames, unpublished entries, new entries.
    const allInstitutions = db.select({ id: institutions.id }).from(institutions).all().map((row) => row.id);
    const allOffers = db.select({ id: offers.id }).from(offers).all().map((row) => row.id);
    const renamed = new Map<number, string>();
    for (const [n, id] of allInstitutions.slice(0, 10).entries()) {
      const name = `Umbenannt während Ausfall ${n + 1}`;
      renameInstitution(db, id, name);
      renamed.set(id, name);
      requestSync();
    }
    const retitled = new Map<number, string>();
    for (const [n, id] of allOffers.slice(0, 4).entries()) {
      const title = `Neuer Angebotstitel ${n + 1}`;
      retitleOffer(db, id, title);
      retitled.set(id, title);
      requestSync();
    }
    const unpublishedInstitutions = allInstitutions.slice(20, 24);
    for (const id of unpublishedInstitutions) setInstitutionStatus(db, id, "draft");
    const unpublishedOffers = allOffers.slice(10, 12);
    for (const id of unpublishedOffers) unpublishOffer(db, id);
    requestSync();
    const inserted = new Map<number, string>();
    for (let n = 1; n <= 5; n += 1) {
      const name = `Neue Einrichtung im Ausfall ${n}`;
      inserted.set(insertInstitution(db, allInstitutions[30 + n] ?? 1, name, `neue-einrichtung-im-ausfall-${n}`), name);
      requestSync();
    }
    // The same entry twice: the later state wins.
    const twice = allInstitutions[0] ?? 1;
    renameInstitution(db, twice, "Zweimal umbenannt");
    renamed.set(twice, "Zweimal umbenannt");
    const edits = countPendingChanges(db);
    expect(edits).toBeGreaterThanOrEqual(20);

    // The worker fails, keeps the rows and tries again after growing pauses.
    await until("drei gescheiterte Versuche", 20_000, () => ((worker?.state().failures ?? 0) >= 3 ? true : undefined));
    const pending = db.select().from(searchOutbox).all().filter((row) => row.processedAt === null);
    expect(pending).toHaveLength(edits);
    expect(pending.every((row) => row.attempts > 0 && (row.lastError ?? "") !== "")).toBe(true);
    expect(worker.state()).toMatchObject({ failing: true });
    expect(log.filter((line) => line.includes("nicht erreichbar"))).toHaveLength(1);

    const restarted = performance.now();
    engine = await startEngine({ dataDir, port, meiliBin });
    await until("Warteschlange leer", 30_000, () => (countPendingChanges(db) === 0 ? true : undefined));
    const catchUpMs = Math.round(performance.now() - restarted);
    const state = worker.state();
    const attempts = db.select().from(searchOutbox).all().reduce((max, row) => Math.max(max, row.attempts), 0);
    console.log(
      `[test] Ausfall: ${edits} Änderungen, ${state.failures} gescheiterte Versuche (höchstens ${attempts} je Zeile), ` +
        `aufgeholt ${catchUpMs} ms nach dem Neustart, nichts verloren`,
    );

    // Every edit is in the index, and the index holds nothing else.
    const read = adminConfig(config.indexUid);
    for (const [id, name] of renamed) {
      expect(await indexedDocument(read, documentId("einrichtung", id))).toMatchObject({ title: name });
    }
    for (const [id, title] of retitled) {
      expect(await indexedDocument(read, documentId("angebot", id))).toMatchObject({ title });
    }
    for (const [id, name] of inserted) {
      expect(await indexedDocument(read, documentId("einrichtung", id))).toMatchObject({ title: name, kind: "einrichtung" });
    }
    for (const id of unpublishedInstitutions) expect(await indexedDocument(read, documentId("einrichtung", id))).toBeNull();
    for (const id of unpublishedOffers) expect(await indexedDocument(read, documentId("angebot", id))).toBeNull();
    const report = await worker.reconcile();
    expect(report).toMatchObject({ ok: true, missing: [], extra: [], outdated: [], pending: 0 });
    expect(report.index.documents).toBe(454 - unpublishedInstitutions.length - unpublishedOffers.length + inserted.size);
    expect(state).toMatchObject({ failing: false, consecutiveFailures: 0 });
    expect(log.filter((line) => line.includes("wieder erreichbar"))).toHaveLength(1);
  }, 120_000);
});

/** A page of the served app as a reader sees its text. */
async function readPage(client: Client, path: string) {
  const response = await client.request(path);
  return { response, text: textOf(await response.text()) };
}

/** Presses the button `intent` on the search index page. */
async function press(client: Client, intent: string) {
  const csrf = await client.csrf("/admin/suchindex");
  const response = await client.post("/admin/suchindex", { csrf, intent });
  return { response, text: textOf(await response.text()) };
}

function textOf(html: string) {
  return html
    .replace(/<!-- -->/g, "")
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("/admin/suchindex on the served app", () => {
  const account = { email: "suchindex@example.org", password: "ein-langes-passwort-fuer-tests" };
  let catalogue: TempCatalogue;
  let appEnv: AppEnv;
  let app: ServedApp | undefined;

  beforeAll(async () => {
    const config = adminConfig("entries_admin");
    catalogue = createTempCatalogue("sync-admin");
    await syncSearchIndex(catalogue.db, config);
    await createUser(catalogue.db, { ...account, name: "Redaktion Suchindex", role: "editor" }, { script: "test" });
    appEnv = {
      databasePath: catalogue.databasePath,
      dataDir: catalogue.dir,
      meiliUrl: config.url,
      meiliIndex: config.indexUid,
      meiliSearchKey: (await ensureSearchKey(config)) ?? "",
      meiliWriteKey: await ensureWriteKey(config),
    };
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
    catalogue?.cleanup();
  });

  it("shows the sync, picks up rows other processes wrote, checks, rebuilds and syncs on request", async () => {
    app = await serveApp(appEnv);
    const admin = new Client(app.url);
    expect((await admin.request("/admin/suchindex")).status).toBe(302);
    expect((await admin.login(account)).status).toBe(302);

    const start = await readPage(admin, "/admin/suchindex");
    expect(start.response.status).toBe(200);
    expect(start.response.headers.get("Cache-Control")).toBe("no-store");
    expect(start.text).toContain("Automatischer Abgleich läuft");
    expect(start.text).toContain("Wartende Änderungen 0 Änderungen");

    // A change written by another process (an import on the command line): no requestSync
    // reaches the server, its worker finds the row within its polling interval.
    const { institution } = findInstitution(catalogue.db, "Filmakademie Baden-Württemberg");
    renameInstitution(catalogue.db, institution.id, "Filmakademie Ludwigsburg");
    await until("Zeile vom Webserver übernommen", 3_000, () => (countPendingChanges(catalogue.db) === 0 ? true : undefined));
    const api = await (await fetch(`${app.url}/api/v1/search?q=Filmakademie%20Ludwigsburg`)).json();
    expect(api.hits[0].title).toBe("Filmakademie Ludwigsburg");

    const check = await press(admin, "abgleich");
    expect(check.response.status).toBe(200);
    expect(check.text).toContain("Der Suchindex enthält genau die veröffentlichten Einträge des Katalogs");
    expect(check.text).toContain("Veröffentlichte Einträge 454 454");

    const lost = documentId("einrichtung", institution.id);
    await adminClient(adminConfig("entries_admin")).index("entries_admin").deleteDocument(lost).waitTask();
    const mismatch = await press(admin, "abgleich");
    expect(mismatch.text).toContain("Suchindex und Katalog weichen voneinander ab");
    expect(mismatch.text).toContain("Veröffentlichte Einträge 454 453");
    expect(mismatch.text).toContain(`Fehlen im Suchindex (1) ${lost}`);

    const rebuild = await press(admin, "neu-aufbauen");
    expect(rebuild.response.status).toBe(200);
    expect(rebuild.text).toContain("Suchindex neu aufgebaut: 454 Einträge");
    const audit = catalogue.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "index"), eq(auditLog.action, "rebuild")))
      .all();
    expect(audit.map((row) => [row.actor, row.after?.documents])).toEqual([["Redaktion Suchindex <suchindex@example.org>", 454]]);
    expect((await press(admin, "abgleich")).text).toContain("Der Suchindex enthält genau die veröffentlichten Einträge");

    expect((await press(admin, "synchronisieren")).text).toContain("Es wartete keine Änderung; der Suchindex ist aktuell.");
    const after = await readPage(admin, "/admin/suchindex");
    expect(after.text).not.toMatch(/Letzte Übernahme in den Suchindex –/);
    expect(after.text).not.toMatch(/Letzter Neuaufbau –/);

    // A healthy run leaves no error lines in the server's output.
    expect(app.output().split("\n").filter((line) => /error|fehlgeschlagen/i.test(line))).toEqual([]);
    await app.stop();
    app = undefined;
  }, 120_000);

  it("without a write key the app serves as before and the page says the sync is off", async () => {
    app = await serveApp({ ...appEnv, meiliWriteKey: undefined });
    const admin = new Client(app.url);
    expect((await admin.login(account)).status).toBe(302);
    const page = await readPage(admin, "/admin/suchindex");
    expect(page.response.status).toBe(200);
    expect(page.text).toContain("Der automatische Abgleich ist ausgeschaltet");
    expect(page.text).toContain("Automatischer Abgleich aus");
    expect(page.text).not.toContain("Jetzt synchronisieren");
    const refused = await press(admin, "synchronisieren");
    expect(refused.response.status).toBe(409);
    expect(refused.text).toContain("Der Webserver hat keinen Schreibzugriff auf den Suchindex");
    const api = await (await fetch(`${app.url}/api/v1/search?q=Filmakademie`)).json();
    expect(api.hits[0].title).toBe("Filmakademie Ludwigsburg");
    expect(app.output()).toContain("[sync] Ohne MEILI_WRITE_KEY");
  }, 120_000);
});

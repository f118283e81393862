// Editing entries in the back office against a real SQLite catalogue seeded from db/seed:
// every write changes the entry, the search outbox and the audit log in one transaction.
import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, datasets, institutions, offers, searchOutbox, users } from "../../db/schema";
import type { AdminUser } from "~/admin/auth.server";
import {
  confirmReview,
  createEntry,
  deleteEntry,
  editEntryAction,
  getEditableEntry,
  listEntries,
  newEntryAction,
  positionQueue,
  publishEntry,
  unpublishEntry,
  updateEntry,
} from "~/admin/entries.server";
import { DEFAULT_LIST_PARAMS, emptyValues, type EntryFormValues, type EntryRef } from "~/admin/entry-form";
import { adminOverview } from "~/admin/overview.server";
import { EDITORIAL_DATASET_ID } from "~/admin/provenance.server";
import { getEntryBySlug } from "~/catalogue/details.server";
import { loadAllEntrySources } from "~/catalogue/entries.server";
import { createTempCatalogue, findInstitution, type TempCatalogue } from "../support/catalogue";

let catalogue: TempCatalogue;
let editor: AdminUser;
const NOW = new Date("2026-11-22T10:00:00.000Z");

beforeAll(() => {
  catalogue = createTempCatalogue("entries");
  const row = catalogue.db
    .insert(users)
    .values({ email: "redaktion@example.de", name: "Erika Redakteurin", role: "editor", passwordHash: "scrypt$test" })
    .returning()
    .get();
  editor = { id: row.id, email: row.email, name: row.name, role: row.role };
});

afterAll(() => catalogue?.cleanup());

const db = () => catalogue.db;

function counts() {
  const count = (table: typeof searchOutbox | typeof auditLog | typeof institutions | typeof offers) =>
    db()
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .get()?.n ?? 0;
  return { outbox: count(searchOutbox), audit: count(auditLog), institutions: count(institutions), offers: count(offers) };
}

const lastOutbox = (n: number) =>
  db()
    .select()
    .from(searchOutbox)
    .orderBy(sql`${searchOutbox.id} desc`)
    .limit(n)
    .all()
    .reverse();
const lastAudit = () =>
  db()
    .select()
    .from(auditLog)
    .orderBy(sql`${auditLog.id} desc`)
    .limit(1)
    .get();

function newValues(overrides: Partial<EntryFormValues> = {}): EntryFormValues {
  return {
    ...emptyValues(),
    name: "Familienzentrum Oststadt",
    sector: "jugendhilfe",
    type: "Familienzentrum",
    street: "Oststraße 1",
    postcode: "71640",
    town: "Ludwigsburg",
    gemeinde: "ludwigsburg",
    phone: "07141 910-2000",
    sourceUrls: "https://www.ludwigsburg.de/familienzentrum",
    licence: "Datenlizenz Deutschland – Namensnennung – Version 2.0",
    stand: "November 2026",
    ...overrides,
  };
}

function created(kind: "einrichtung" | "angebot", values: EntryFormValues): EntryRef {
  const result = createEntry(db(), editor, kind, values, NOW);
  if (!result.ok) throw new Error(`createEntry: ${JSON.stringify(result.errors)}`);
  return result.ref;
}

const institutionRow = (id: number) => db().select().from(institutions).where(eq(institutions.id, id)).get();
const indexed = (kind: "einrichtung" | "angebot", id: number) =>
  loadAllEntrySources(db()).some((entry) => entry.kind === kind && entry.id === id);

describe("create, publish, unpublish", () => {
  it("creates a draft with editorial provenance that no public path shows", () => {
    const before = counts();
    const ref = created("einrichtung", newValues());
    const row = institutionRow(ref.id);
    expect(row).toMatchObject({
      name: "Familienzentrum Oststadt",
      slug: "familienzentrum-oststadt",
      status: "draft",
      datasetId: EDITORIAL_DATASET_ID,
      sourceUrls: ["https://www.ludwigsburg.de/familienzentrum"],
      licence: "Datenlizenz Deutschland – Namensnennung – Version 2.0",
      stand: "November 2026",
      municipalityAgs: "08118048",
      reviewedAt: null,
      geoPrecision: null,
    });
    expect(row?.sourceRef).toMatch(/^redaktion:[0-9a-f-]{36}$/);
    expect(counts()).toEqual({ ...before, institutions: before.institutions + 1, outbox: before.outbox + 1, audit: before.audit + 1 });
    expect(lastOutbox(1)).toMatchObject([{ entity: "institution", entityId: ref.id, operation: "delete" }]);
    expect(lastAudit()).toMatchObject({
      userId: editor.id,
      actor: "Erika Redakteurin <redaktion@example.de>",
      entity: "institution",
      entityId: ref.id,
      action: "create",
      before: null,
    });
    expect(lastAudit()?.after).toMatchObject({ name: "Familienzentrum Oststadt", status: "draft", phone: "07141 910-2000" });
    expect(db().select().from(datasets).where(eq(datasets.id, EDITORIAL_DATASET_ID)).get()).toMatchObject({
      title: "Eingaben der Redaktion",
      // /datenquellen counts published entries only.
      recordCount: 0,
    });

    expect(indexed("einrichtung", ref.id)).toBe(false);
    expect(getEntryBySlug(db(), "familienzentrum-oststadt")).toBeNull();
  });

  it("publishes with one outbox row and one audit row, and unpublishes again", () => {
    const ref = created("einrichtung", newValues({ name: "Jugendtreff Weststadt" }));
    const before = counts();
    const published = publishEntry(db(), editor, ref, NOW);
    expect(published).toEqual({ ok: true, ref, changed: true });
    expect(counts()).toEqual({ ...before, outbox: before.outbox + 1, audit: before.audit + 1 });
    expect(lastOutbox(1)).toMatchObject([{ entity: "institution", entityId: ref.id, operation: "upsert" }]);
    expect(lastAudit()).toMatchObject({ action: "publish", before: { status: "draft" }, after: { status: "published" } });
    expect(indexed("einrichtung", ref.id)).toBe(true);
    expect(getEntryBySlug(db(), "jugendtreff-weststadt")?.title).toBe("Jugendtreff Weststadt");
    const editorialCount = () => db().select().from(datasets).where(eq(datasets.id, EDITORIAL_DATASET_ID)).get()?.recordCount;
    const countWhilePublished = editorialCount();
    expect(countWhilePublished).toBeGreaterThan(0);

    // Publishing twice changes nothing and records nothing.
    const again = counts();
    expect(publishEntry(db(), editor, ref, NOW)).toEqual({ ok: true, ref, changed: false });
    expect(counts()).toEqual(again);

    expect(unpublishEntry(db(), editor, ref, NOW)).toMatchObject({ ok: true, changed: true });
    expect(lastOutbox(1)).toMatchObject([{ entity: "institution", entityId: ref.id, operation: "delete" }]);
    expect(lastAudit()).toMatchObject({ action: "unpublish", after: { status: "draft" } });
    expect(indexed("einrichtung", ref.id)).toBe(false);
    expect(getEntryBySlug(db(), "jugendtreff-weststadt")).toBeNull();
    expect(editorialCount()).toBe((countWhilePublished ?? 0) - 1);
  });

  it("writes the entry, the outbox row and the audit row together or not at all", () => {
    const ref = created("einrichtung", newValues({ name: "Lernwerkstatt Nord" }));
    const before = counts();
    db().$client.exec("CREATE TEMP TRIGGER audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END;");
    try {
      expect(() => publishEntry(db(), editor, ref, NOW)).toThrow(/audit down/);
    } finally {
      db().$client.exec("DROP TRIGGER audit_down");
    }
    expect(counts()).toEqual(before);
    expect(institutionRow(ref.id)?.status).toBe("draft");
  });

  it("gives every new entry a slug of its own across institutions and offers", () => {
    const first = created("einrichtung", newValues({ name: "Lesecafé" }));
    const second = created("angebot", newValues({ name: "Lesecafé" }));
    const third = created("angebot", newValues({ name: "Lesecafé" }));
    const slugOf = (ref: EntryRef) => getEditableEntry(db(), ref, NOW)?.slug;
    expect([slugOf(first), slugOf(second), slugOf(third)]).toEqual(["lesecafe", "lesecafe-ludwigsburg", "lesecafe-ludwigsburg-2"]);
    // The seed's slugs count too.
    const seeded = created("einrichtung", newValues({ name: "Friedrich-Schiller-Gymnasium", gemeinde: "" }));
    expect(slugOf(seeded)).toBe("friedrich-schiller-gymnasium-2");
  });

  it("keeps a description with markup as plain text", () => {
    const payload = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    const result = newEntryAction(
      db(),
      editor,
      "einrichtung",
      formDataOf(newValues({ name: "Medienwerkstatt", description: payload })),
      NOW
    );
    expect(result).toMatchObject({ type: "redirect" });
    const row = db().select().from(institutions).where(eq(institutions.name, "Medienwerkstatt")).get();
    expect(row?.description).toBe(payload);
  });
});

function formDataOf(values: EntryFormValues, extra: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) {
    if (Array.isArray(value)) for (const item of value) form.append(name, item);
    else if (typeof value === "boolean") {
      if (value) form.set(name, "ja");
    } else form.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) form.set(name, value);
  return form;
}

describe("update", () => {
  it("records the phone number before and after", () => {
    const { institution } = findInstitution(db(), "Friedrich-Schiller-Gymnasium", "ludwigsburg");
    const ref: EntryRef = { kind: "einrichtung", id: institution.id };
    const entry = getEditableEntry(db(), ref, NOW);
    if (!entry) throw new Error("seed entry missing");
    const before = counts();
    const result = updateEntry(db(), editor, ref, { ...entry.values, phone: "07141 910-9999" }, entry.updatedAt, NOW);
    expect(result).toEqual({ ok: true, ref, changed: true });
    expect(counts()).toEqual({ ...before, outbox: before.outbox + 1, audit: before.audit + 1 });
    expect(lastOutbox(1)).toMatchObject([{ entity: "institution", entityId: ref.id, operation: "upsert" }]);
    const audit = lastAudit();
    expect(audit).toMatchObject({ action: "update", before: { phone: "07141/910-2337" }, after: { phone: "07141 910-9999" } });

    const history = getEditableEntry(db(), ref, NOW)?.history ?? [];
    expect(history[0]).toMatchObject({
      actor: "Erika Redakteurin <redaktion@example.de>",
      action: "geändert",
      changes: [{ field: "phone", label: "Telefon", before: "07141/910-2337", after: "07141 910-9999" }],
    });
    expect(institutionRow(ref.id)?.updatedAt).toBe(NOW.toISOString());
  });

  it("refuses to overwrite a change made in between, and saves nothing unchanged", () => {
    const { institution } = findInstitution(db(), "Friedrich-Schiller-Gymnasium", "marbach-am-neckar");
    const ref: EntryRef = { kind: "einrichtung", id: institution.id };
    const entry = getEditableEntry(db(), ref, NOW);
    if (!entry) throw new Error("seed entry missing");
    const before = counts();
    expect(updateEntry(db(), editor, ref, entry.values, entry.updatedAt, NOW)).toEqual({ ok: true, ref, changed: false });
    expect(updateEntry(db(), editor, ref, { ...entry.values, town: "Marbach" }, "2000-01-01T00:00:00.000Z", NOW)).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(counts()).toEqual(before);
    expect(institutionRow(ref.id)?.town).toBe(institution.town);
  });

  it("sets the review date when 'Angaben geprüft' is ticked", () => {
    const ref = created("einrichtung", newValues({ name: "Musikgarten" }));
    const later = new Date("2026-11-23T08:00:00.000Z");
    const values = getEditableEntry(db(), ref, NOW)?.values;
    if (!values) throw new Error("missing");
    updateEntry(db(), editor, ref, { ...values, reviewed: true }, null, later);
    expect(institutionRow(ref.id)?.reviewedAt).toBe(later.toISOString());
    expect(lastAudit()).toMatchObject({ action: "update", before: { reviewedAt: null }, after: { reviewedAt: later.toISOString() } });
  });

  it("places a typed position exactly, from the editorial office", () => {
    const ref = created("einrichtung", newValues({ name: "Kinderhaus am See", lat: "48,9012", lng: "9,1876" }));
    expect(institutionRow(ref.id)).toMatchObject({ lat: 48.9012, lng: 9.1876, geoPrecision: "exact", geoSource: "Redaktion (Karte)" });
  });

  it("updates the documents of an institution's offers when its name changes", () => {
    const { institution } = findInstitution(db(), "Friedrich-Schiller-Gymnasium", "ludwigsburg");
    const hosted = db().select({ id: offers.id }).from(offers).where(eq(offers.institutionId, institution.id)).all();
    expect(hosted.length).toBeGreaterThan(0);
    const ref: EntryRef = { kind: "einrichtung", id: institution.id };
    const entry = getEditableEntry(db(), ref, NOW);
    if (!entry) throw new Error("missing");
    updateEntry(db(), editor, ref, { ...entry.values, name: "Friedrich-Schiller-Gymnasium Ludwigsburg" }, entry.updatedAt, NOW);
    expect(lastOutbox(1 + hosted.length)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: "institution", entityId: institution.id, operation: "upsert" }),
        ...hosted.map((offer) => expect.objectContaining({ entity: "offer", entityId: offer.id, operation: "upsert" })),
      ])
    );
    // The URL stays: Merkliste and links keep working after a rename.
    expect(institutionRow(institution.id)?.slug).toBe(institution.slug);
  });
});

describe("invalid input", () => {
  it("returns field errors and writes nothing", () => {
    const before = counts();
    const result = createEntry(
      db(),
      editor,
      "einrichtung",
      newValues({
        name: "",
        postcode: "716",
        email: "nicht-gueltig",
        website: "javascript:alert(1)",
        ageMin: "12",
        ageMax: "3",
        lat: "52.5",
        lng: "13.4",
        gemeinde: "berlin",
        sourceUrls: "",
        stand: "",
      }),
      NOW
    );
    expect(result).toMatchObject({ ok: false, status: 400 });
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      "ageMax",
      "email",
      "gemeinde",
      "lat",
      "lng",
      "name",
      "postcode",
      "sourceUrls",
      "stand",
      "website",
    ]);
    expect(counts()).toEqual(before);
  });

  it("answers the edit form with 400, the values kept, and nothing saved", () => {
    const { institution } = findInstitution(db(), "Friedrich-Schiller-Gymnasium", "marbach-am-neckar");
    const ref: EntryRef = { kind: "einrichtung", id: institution.id };
    const entry = getEditableEntry(db(), ref, NOW);
    if (!entry) throw new Error("missing");
    const before = counts();
    const values = { ...entry.values, postcode: "ABCDE", phone: "ruf mich an" };
    const result = editEntryAction(db(), editor, ref, formDataOf(values, { intent: "speichern", version: entry.updatedAt }), NOW);
    expect(result).toMatchObject({
      type: "form",
      status: 400,
      data: {
        values: { postcode: "ABCDE", phone: "ruf mich an", name: "Friedrich-Schiller-Gymnasium" },
        errors: {
          postcode: "Die Postleitzahl besteht aus genau fünf Ziffern, z. B. 71634.",
          phone: expect.stringContaining("Die Telefonnummer darf nur Ziffern"),
        },
      },
    });
    expect(counts()).toEqual(before);
  });

  it("asks for the confirmation before deleting, and rejects unknown actions", () => {
    const ref = created("einrichtung", newValues({ name: "Bastelstube" }));
    const before = counts();
    expect(editEntryAction(db(), editor, ref, formDataOf(emptyValues(), { intent: "loeschen" }), NOW)).toMatchObject({
      type: "form",
      status: 400,
      data: { deleteError: "Bitte bestätigen Sie mit dem Häkchen, dass der Eintrag endgültig gelöscht werden soll." },
    });
    expect(editEntryAction(db(), editor, ref, formDataOf(emptyValues(), { intent: "drop table" }), NOW)).toMatchObject({
      type: "form",
      status: 400,
    });
    expect(counts()).toEqual(before);
    expect(institutionRow(ref.id)).toBeDefined();
  });

  it("answers 'not found' for entries that do not exist", () => {
    const ref: EntryRef = { kind: "angebot", id: 999_999 };
    expect(publishEntry(db(), editor, ref, NOW)).toMatchObject({ ok: false, status: 404 });
    expect(editEntryAction(db(), editor, ref, formDataOf(emptyValues(), { intent: "pruefen" }), NOW)).toEqual({ type: "not-found" });
    expect(getEditableEntry(db(), ref, NOW)).toBeNull();
  });
});

describe("Position aus Adresse", () => {
  it("puts the pin on the Gemeinde's centre without saving anything", () => {
    const before = counts();
    const result = newEntryAction(db(), editor, "einrichtung", formDataOf(newValues({ gemeinde: "asperg" }), { intent: "ortsmitte" }), NOW);
    if (result.type !== "form") throw new Error("expected the form");
    expect(result.status).toBe(200);
    expect(result.data.values).toMatchObject({ geoPrecision: "municipality", name: "Familienzentrum Oststadt" });
    expect(Number(result.data.values?.lat)).toBeCloseTo(48.9, 1);
    expect(counts()).toEqual(before);

    // Saved like that, the entry is marked as approximate.
    const saved = newEntryAction(db(), editor, "einrichtung", formDataOf({ ...result.data.values!, name: "Spielhaus Asperg" }), NOW);
    expect(saved).toMatchObject({ type: "redirect" });
    const row = db().select().from(institutions).where(eq(institutions.name, "Spielhaus Asperg")).get();
    expect(row).toMatchObject({ geoPrecision: "municipality", geoSource: null });
  });
});

describe("review and delete", () => {
  it("confirms the review with today's date", () => {
    const { institution } = findInstitution(db(), "Schillers Geburtshaus Marbach");
    const ref: EntryRef = { kind: "einrichtung", id: institution.id };
    const before = counts();
    expect(confirmReview(db(), editor, ref, NOW)).toMatchObject({ ok: true, changed: true });
    expect(counts()).toEqual({ ...before, outbox: before.outbox + 1, audit: before.audit + 1 });
    expect(institutionRow(ref.id)?.reviewedAt).toBe(NOW.toISOString());
    expect(getEditableEntry(db(), ref, NOW)).toMatchObject({ stale: false, reviewedAt: NOW.toISOString() });
    expect(getEditableEntry(db(), ref, NOW)?.history[0]).toMatchObject({ action: "als geprüft bestätigt" });
  });

  it("deletes an offer with a delete row in the outbox", () => {
    const ref = created("angebot", newValues({ name: "Ferienprogramm Wald", topics: ["mint"] }));
    const before = counts();
    expect(deleteEntry(db(), editor, ref)).toEqual({ ok: true, ref, changed: true });
    expect(counts()).toEqual({ ...before, offers: before.offers - 1, outbox: before.outbox + 1, audit: before.audit + 1 });
    expect(lastOutbox(1)).toMatchObject([{ entity: "offer", entityId: ref.id, operation: "delete" }]);
    expect(lastAudit()).toMatchObject({ action: "delete", after: null, before: { title: "Ferienprogramm Wald" } });
    expect(getEditableEntry(db(), ref, NOW)).toBeNull();
  });

  it("deletes an institution; its offers stay, without host, and are re-indexed", () => {
    const host = created("einrichtung", newValues({ name: "Werkstatt für alle" }));
    const offer = created("angebot", newValues({ name: "Reparaturcafé", institution: String(host.id) }));
    deleteEntry(db(), editor, host);
    expect(db().select().from(offers).where(eq(offers.id, offer.id)).get()?.institutionId).toBeNull();
    expect(lastOutbox(2)).toMatchObject([
      { entity: "institution", entityId: host.id, operation: "delete" },
      { entity: "offer", entityId: offer.id, operation: "upsert" },
    ]);
    expect(getEditableEntry(db(), offer, NOW)?.history[0]?.changes).toEqual([
      { field: "institutionId", label: "Einrichtung", before: `Nr. ${host.id} (gelöscht)`, after: "–" },
    ]);
  });
});

describe("list and filters", () => {
  const list = (overrides: Partial<typeof DEFAULT_LIST_PARAMS>) => listEntries(db(), { ...DEFAULT_LIST_PARAMS, ...overrides }, NOW);

  it("lists institutions and offers together, 50 a page, by title", () => {
    const all = list({});
    expect(all.total).toBe(counts().institutions + counts().offers);
    expect(all.rows).toHaveLength(50);
    expect(all.pageCount).toBe(Math.ceil(all.total / 50));
    const titles = all.rows.map((row) => row.title);
    expect(titles).toEqual([...titles].sort(new Intl.Collator("de", { sensitivity: "base", numeric: true }).compare));
    const last = list({ seite: 999 });
    expect(last.page).toBe(all.pageCount);
    expect(last.rows.length).toBe(all.total - (all.pageCount - 1) * 50);
  });

  it("searches names and titles, with wildcards taken literally", () => {
    const found = list({ q: "gymnasium" });
    expect(found.total).toBeGreaterThan(10);
    expect(found.rows.every((row) => /gymnasium/i.test(row.title))).toBe(true);
    expect(list({ q: "%" }).total).toBe(0);
    expect(list({ q: "_" }).total).toBe(0);
  });

  it("filters by kind, sector, Gemeinde and status", () => {
    expect(list({ art: "angebot" }).rows.every((row) => row.kind === "angebot")).toBe(true);
    expect(list({ art: "angebot" }).total).toBe(counts().offers);
    expect(list({ kategorie: "kita" }).rows.every((row) => row.sector === "kita")).toBe(true);
    expect(list({ gemeinde: "asperg" }).rows.every((row) => row.municipality === "Asperg")).toBe(true);
    const drafts = list({ status: "draft" });
    expect(drafts.total).toBeGreaterThan(0);
    expect(drafts.rows.every((row) => row.status === "draft")).toBe(true);
    expect(list({ status: "published" }).total + drafts.total).toBe(list({}).total);
  });

  it("finds entries not reviewed for 12 months (or never), as the overview counts them", () => {
    const stale = list({ status: "stale" });
    expect(stale.total).toBe(adminOverview(db(), NOW).stale);
    expect(stale.rows.every((row) => row.stale)).toBe(true);
    const { institution } = findInstitution(db(), "Schillers Geburtshaus Marbach");
    const reviewed = list({ status: "stale", q: "Schillers Geburtshaus" });
    expect(reviewed.rows.some((row) => row.id === institution.id)).toBe(false);
    // A year and a day later it is due again.
    const nextYear = listEntries(
      db(),
      { ...DEFAULT_LIST_PARAMS, status: "stale", q: "Schillers Geburtshaus" },
      new Date("2027-11-23T10:00:00.000Z")
    );
    expect(nextYear.rows.some((row) => row.id === institution.id)).toBe(true);
  });

  it("queues entries with an approximate or missing position, as the overview counts them", () => {
    const queue = positionQueue(db(), new URLSearchParams("status=published&gemeinde=ludwigsburg"), NOW);
    expect(queue.params).toMatchObject({ status: "lage", gemeinde: "ludwigsburg" });
    expect(queue.list.rows.every((row) => row.municipality === "Ludwigsburg" && (!row.hasPosition || row.geoPrecision !== "exact"))).toBe(
      true
    );
    const all = list({ status: "lage" });
    expect(all.total).toBe(adminOverview(db(), NOW).approximate);
    expect(all.total).toBeGreaterThanOrEqual(283);
  });
});

describe("rendering", () => {
  it("renders no catalogue text as HTML: the only raw HTML is the escaped JSON-LD", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && fs.readFileSync(file, "utf8").includes("dangerouslySetInnerHTML")) files.push(file);
      }
    };
    walk(path.resolve("app"));
    expect(files.map((file) => path.relative(path.resolve("."), file))).toEqual(["app/ui/json-ld.tsx"]);
  });
});

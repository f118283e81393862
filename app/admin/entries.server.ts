// Editing the catalogue in the back office. Every write is one transaction that changes the
// entry, records it in the search outbox and in the audit log; the sync worker is asked to
// run once the transaction has committed.
import { and, asc, eq, isNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { datasets, institutions, municipalities, offers, type Institution, type Offer, type OutboxEntity } from "../../db/schema";
import type { CatalogueDb } from "~/catalogue/db.server";
import { recordChange } from "~/catalogue/outbox.server";
import { catalogueTypes } from "~/catalogue/places.server";
import { ENTRY_KINDS, type EntryKind, type GeoPrecision, type Sector, type Status } from "~/catalogue/vocabulary";
import { requestSync } from "~/search/sync-worker.server";
import { auditTrail, changedFields, recordAudit, type Actor } from "./audit.server";
import {
  ACTION_LABELS,
  allocateSlug,
  DEFAULT_LIST_PARAMS,
  describeValue,
  editPath,
  FIELD_LABELS,
  formValues,
  likePattern,
  parseEntryForm,
  PAGE_SIZE,
  parseListParams,
  placeAtMunicipality,
  publicPath,
  recordValues,
  snapshotOf,
  type AuditLookups,
  type EntryRef,
  type EntryFormValues,
  type FieldErrors,
  type FormContext,
  type ListParams,
  type ParsedEntry,
} from "./entry-form";
import { staleBefore } from "./overview.server";
import { EDITORIAL_DATASET_ID, ensureEditorialDataset, editorialSourceRef, refreshDatasetCount } from "./provenance.server";

type Tx = Parameters<Parameters<CatalogueDb["transaction"]>[0]>[0];
type Reader = Pick<CatalogueDb, "select">;
type EntryRow = { kind: "einrichtung"; row: Institution } | { kind: "angebot"; row: Offer };

const entityOf = (kind: EntryKind): OutboxEntity => (kind === "einrichtung" ? "institution" : "offer");
const titleOf = (entry: EntryRow) => (entry.kind === "einrichtung" ? entry.row.name : entry.row.title);

function findRow(db: Reader, ref: EntryRef): EntryRow | null {
  if (ref.kind === "einrichtung") {
    const row = db.select().from(institutions).where(eq(institutions.id, ref.id)).get();
    return row ? { kind: "einrichtung", row } : null;
  }
  const row = db.select().from(offers).where(eq(offers.id, ref.id)).get();
  return row ? { kind: "angebot", row } : null;
}

// ---------------------------------------------------------------------------------------
// Reading

/** The Gemeinden, the institutions (for an offer's host) and the known types, for the form. */
export function formContext(db: CatalogueDb): FormContext & { types: string[] } {
  return {
    municipalities: db
      .select({
        ags: municipalities.ags,
        slug: municipalities.slug,
        name: municipalities.name,
        labelLat: municipalities.labelLat,
        labelLng: municipalities.labelLng,
      })
      .from(municipalities)
      .orderBy(asc(municipalities.name))
      .all(),
    institutions: db
      .select({ id: institutions.id, name: institutions.name, municipality: municipalities.name })
      .from(institutions)
      .leftJoin(municipalities, eq(institutions.municipalityAgs, municipalities.ags))
      .all()
      .map(({ id, name, municipality }) => ({ id, name: municipality ? `${name} (${municipality})` : name }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    types: catalogueTypes(db),
  };
}

export type EntryListRow = {
  kind: EntryKind;
  id: number;
  title: string;
  sector: Sector;
  type: string;
  municipality: string | null;
  status: Status;
  reviewedAt: string | null;
  /** Not confirmed within the last 12 months (or never). */
  stale: boolean;
  geoPrecision: GeoPrecision | null;
  hasPosition: boolean;
};

export type EntryList = { rows: EntryListRow[]; total: number; page: number; pageCount: number };

const collator = new Intl.Collator("de", { sensitivity: "base", numeric: true });

type EntryTable = typeof institutions | typeof offers;

/** Institutions and offers matching the list's filters, by title, 50 a page. */
export function listEntries(db: CatalogueDb, params: ListParams, now = new Date()): EntryList {
  const limit = staleBefore(now);
  const conditions = (table: EntryTable, title: typeof institutions.name | typeof offers.title): SQL | undefined =>
    and(
      params.q ? sql`${title} like ${likePattern(params.q)} escape '\\'` : undefined,
      params.kategorie ? eq(table.sector, params.kategorie) : undefined,
      params.gemeinde ? eq(municipalities.slug, params.gemeinde) : undefined,
      params.status === "published" || params.status === "draft" ? eq(table.status, params.status) : undefined,
      params.status === "stale" ? or(isNull(table.reviewedAt), lt(table.reviewedAt, limit)) : undefined,
      params.status === "lage"
        ? or(isNull(table.lat), isNull(table.lng), isNull(table.geoPrecision), ne(table.geoPrecision, "exact"))
        : undefined
    );
  const columns = (table: EntryTable) => ({
    id: table.id,
    sector: table.sector,
    type: table.type,
    municipality: municipalities.name,
    status: table.status,
    reviewedAt: table.reviewedAt,
    geoPrecision: table.geoPrecision,
    lat: table.lat,
    lng: table.lng,
  });
  const kinds = params.art ? [params.art] : ENTRY_KINDS;
  const found = kinds.flatMap((kind) => {
    const rows =
      kind === "einrichtung"
        ? db
            .select({ ...columns(institutions), title: institutions.name })
            .from(institutions)
            .leftJoin(municipalities, eq(institutions.municipalityAgs, municipalities.ags))
            .where(conditions(institutions, institutions.name))
            .all()
        : db
            .select({ ...columns(offers), title: offers.title })
            .from(offers)
            .leftJoin(municipalities, eq(offers.municipalityAgs, municipalities.ags))
            .where(conditions(offers, offers.title))
            .all();
    return rows.map(
      ({ lat, lng, ...row }): EntryListRow => ({
        ...row,
        kind,
        stale: row.reviewedAt === null || row.reviewedAt < limit,
        hasPosition: lat !== null && lng !== null,
      })
    );
  });
  found.sort((a, b) => collator.compare(a.title, b.title) || a.kind.localeCompare(b.kind) || a.id - b.id);
  const pageCount = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
  const page = Math.min(params.seite, pageCount);
  return { rows: found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: found.length, page, pageCount };
}

/** The list page: its filters from the URL, one page of entries, the Gemeinden to filter by. */
export function entryListPage(db: CatalogueDb, search: URLSearchParams, now = new Date()) {
  const params = parseListParams(search);
  return {
    params,
    list: listEntries(db, params, now),
    municipalities: municipalityOptions(db),
  };
}

function municipalityOptions(db: CatalogueDb) {
  return db.select({ slug: municipalities.slug, name: municipalities.name }).from(municipalities).orderBy(asc(municipalities.name)).all();
}

/** Entries with an approximate or missing position, optionally of one Gemeinde. */
export function positionQueue(db: CatalogueDb, search: URLSearchParams, now = new Date()) {
  const { gemeinde, seite } = parseListParams(search);
  const params: ListParams = { ...DEFAULT_LIST_PARAMS, gemeinde, seite, status: "lage" };
  return { params, list: listEntries(db, params, now), municipalities: municipalityOptions(db) };
}

export type HistoryItem = {
  id: number;
  at: string;
  actor: string;
  action: string;
  changes: { field: string; label: string; before: string; after: string }[];
};

function lookups(db: CatalogueDb): AuditLookups {
  return {
    municipalities: new Map(
      db
        .select({ ags: municipalities.ags, name: municipalities.name })
        .from(municipalities)
        .all()
        .map((m) => [m.ags, m.name])
    ),
    institutions: new Map(
      db
        .select({ id: institutions.id, name: institutions.name })
        .from(institutions)
        .all()
        .map((i) => [i.id, i.name])
    ),
  };
}

/** The audit trail of an entry, newest first, with the changed fields in words. */
export function entryHistory(db: CatalogueDb, ref: EntryRef): HistoryItem[] {
  const names = lookups(db);
  return auditTrail(db, entityOf(ref.kind), ref.id).map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: ACTION_LABELS[row.action] ?? row.action,
    changes: changedFields(row.before, row.after).map(({ field, before, after }) => ({
      field,
      label: FIELD_LABELS[field] ?? field,
      before: describeValue(field, before, names),
      after: describeValue(field, after, names),
    })),
  }));
}

export type EditableEntry = {
  ref: EntryRef;
  title: string;
  slug: string;
  status: Status;
  reviewedAt: string | null;
  stale: boolean;
  createdAt: string;
  updatedAt: string;
  values: EntryFormValues;
  municipality: { slug: string; name: string } | null;
  provenance: {
    dataset: { id: string; title: string };
    sourceRef: string;
    sourceUrls: string[];
    licence: string;
    stand: string;
    geoPrecision: GeoPrecision | null;
    geoSource: string | null;
  };
  /** The public page; null while the entry is a draft (the page answers 404 then). */
  publicPath: string | null;
  history: HistoryItem[];
};

/** An entry with everything its edit page shows; null when there is no such entry. */
export function getEditableEntry(db: CatalogueDb, ref: EntryRef, now = new Date()): EditableEntry | null {
  const entry = findRow(db, ref);
  if (!entry) return null;
  const { row } = entry;
  const municipality = row.municipalityAgs
    ? db
        .select({ slug: municipalities.slug, name: municipalities.name })
        .from(municipalities)
        .where(eq(municipalities.ags, row.municipalityAgs))
        .get() ?? null
    : null;
  const dataset = db.select({ id: datasets.id, title: datasets.title }).from(datasets).where(eq(datasets.id, row.datasetId)).get();
  return {
    ref,
    title: titleOf(entry),
    slug: row.slug,
    status: row.status,
    reviewedAt: row.reviewedAt,
    stale: row.reviewedAt === null || row.reviewedAt < staleBefore(now),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    values: recordValues(entry, municipality?.slug ?? null),
    municipality,
    provenance: {
      dataset: dataset ?? { id: row.datasetId, title: row.datasetId },
      sourceRef: row.sourceRef,
      sourceUrls: row.sourceUrls,
      licence: row.licence,
      stand: row.stand,
      geoPrecision: row.geoPrecision,
      geoSource: row.geoSource,
    },
    publicPath: row.status === "published" ? publicPath(row.slug) : null,
    history: entryHistory(db, ref),
  };
}

// ---------------------------------------------------------------------------------------
// Writing

export type WriteResult =
  | { ok: true; ref: EntryRef; changed: boolean }
  | { ok: false; status: 400 | 404 | 409; errors: FieldErrors; message: string };

const notFound = (): WriteResult => ({ ok: false, status: 404, errors: {}, message: "Diesen Eintrag gibt es nicht (mehr)." });

const invalid = (errors: FieldErrors): WriteResult => ({
  ok: false,
  status: 400,
  errors,
  message: "Der Eintrag wurde nicht gespeichert. Bitte prüfen Sie die markierten Angaben.",
});

/** The offers an institution runs: their documents carry its name. */
function offerIdsOf(tx: Reader, institutionId: number) {
  return tx
    .select({ id: offers.id })
    .from(offers)
    .where(eq(offers.institutionId, institutionId))
    .all()
    .map((row) => row.id);
}

/** What the index must do for an entry in this state: drafts are not in it. */
const operationFor = (status: Status) => (status === "published" ? ("upsert" as const) : ("delete" as const));

/** Outbox rows for an entry, plus its offers' documents when an institution changed. */
function changesFor(tx: Reader, ref: EntryRef, status: Status, withOffers: boolean) {
  return [
    { entity: entityOf(ref.kind), entityId: ref.id, operation: operationFor(status) },
    ...(ref.kind === "einrichtung" && withOffers
      ? offerIdsOf(tx, ref.id).map((entityId) => ({ entity: "offer" as const, entityId, operation: "upsert" as const }))
      : []),
  ];
}

function slugTaken(tx: Reader, slug: string) {
  return Boolean(
    tx.select({ id: institutions.id }).from(institutions).where(eq(institutions.slug, slug)).get() ??
      tx.select({ id: offers.id }).from(offers).where(eq(offers.slug, slug)).get()
  );
}

function afterCommit<T>(result: T & { ok: boolean; changed?: boolean }): T {
  if (result.ok && result.changed !== false) requestSync();
  return result;
}

/**
 * A new entry from the form, always as a draft: it reaches the public pages and the index
 * only when someone publishes it. Provenance is the editorial dataset with the source,
 * licence and stand the editor stated.
 */
export function createEntry(db: CatalogueDb, actor: Actor, kind: EntryKind, values: EntryFormValues, now = new Date()): WriteResult {
  const context = formContext(db);
  const parsed = parseEntryForm(kind, values, context);
  if (!parsed.ok) return invalid(parsed.errors);
  const { entry } = parsed;
  const at = now.toISOString();
  const gemeinde = context.municipalities.find((m) => m.ags === entry.fields.municipalityAgs)?.slug ?? null;
  const result = db.transaction((tx): WriteResult => {
    const datasetId = ensureEditorialDataset(tx);
    const common = {
      datasetId,
      sourceRef: editorialSourceRef(),
      status: "draft" as const,
      reviewedAt: entry.reviewed ? at : null,
      createdAt: at,
      updatedAt: at,
    };
    const created: EntryRow =
      entry.kind === "einrichtung"
        ? {
            kind: "einrichtung",
            row: tx
              .insert(institutions)
              .values({ ...entry.fields, ...common, slug: allocateSlug(entry.fields.name, gemeinde, (s) => slugTaken(tx, s)) })
              .returning()
              .get(),
          }
        : {
            kind: "angebot",
            row: tx
              .insert(offers)
              .values({ ...entry.fields, ...common, slug: allocateSlug(entry.fields.title, gemeinde, (s) => slugTaken(tx, s)) })
              .returning()
              .get(),
          };
    const ref = { kind, id: created.row.id };
    recordChange(tx, changesFor(tx, ref, created.row.status, false));
    recordAudit(tx, { actor, entity: entityOf(kind), entityId: ref.id, action: "create", before: null, after: snapshotOf(created) });
    refreshDatasetCount(tx, EDITORIAL_DATASET_ID);
    return { ok: true, ref, changed: true };
  });
  return afterCommit(result);
}

function applyFields(tx: Tx, ref: EntryRef, entry: ParsedEntry, set: { reviewedAt: string | null; updatedAt: string }): EntryRow | null {
  if (entry.kind === "einrichtung" && ref.kind === "einrichtung") {
    const row = tx
      .update(institutions)
      .set({ ...entry.fields, ...set })
      .where(eq(institutions.id, ref.id))
      .returning()
      .get();
    return row ? { kind: "einrichtung", row } : null;
  }
  if (entry.kind === "angebot" && ref.kind === "angebot") {
    const row = tx
      .update(offers)
      .set({ ...entry.fields, ...set })
      .where(eq(offers.id, ref.id))
      .returning()
      .get();
    return row ? { kind: "angebot", row } : null;
  }
  return null;
}

/**
 * Saves the form over an entry. `version` is the entry's updatedAt when the form was
 * loaded: if someone saved in between, nothing is overwritten (409). "Angaben geprüft"
 * sets the review date. Nothing changed and not reviewed: nothing is written.
 */
export function updateEntry(
  db: CatalogueDb,
  actor: Actor,
  ref: EntryRef,
  values: EntryFormValues,
  version: string | null,
  now = new Date()
): WriteResult {
  const parsed = parseEntryForm(ref.kind, values, formContext(db));
  if (!parsed.ok) return invalid(parsed.errors);
  const { entry } = parsed;
  const at = now.toISOString();
  const result = db.transaction((tx): WriteResult => {
    const current = findRow(tx, ref);
    if (!current) return notFound();
    if (version && current.row.updatedAt !== version) {
      return {
        ok: false,
        status: 409,
        errors: {},
        message:
          "Der Eintrag wurde inzwischen von jemand anderem geändert. Ihre Änderungen sind nicht gespeichert: Bitte laden Sie die Seite neu und tragen Sie sie erneut ein.",
      };
    }
    const before = snapshotOf(current);
    const reviewedAt = entry.reviewed ? at : current.row.reviewedAt;
    const proposed =
      current.kind === "einrichtung" && entry.kind === "einrichtung"
        ? snapshotOf({ kind: "einrichtung", row: { ...current.row, ...entry.fields, reviewedAt } })
        : current.kind === "angebot" && entry.kind === "angebot"
        ? snapshotOf({ kind: "angebot", row: { ...current.row, ...entry.fields, reviewedAt } })
        : null;
    if (proposed && changedFields(before, proposed).length === 0) return { ok: true, ref, changed: false };
    const updated = applyFields(tx, ref, entry, { reviewedAt, updatedAt: at });
    if (!updated) return notFound();
    const renamed = titleOf(current) !== titleOf(updated);
    recordChange(tx, changesFor(tx, ref, updated.row.status, renamed));
    recordAudit(tx, { actor, entity: entityOf(ref.kind), entityId: ref.id, action: "update", before, after: snapshotOf(updated) });
    return { ok: true, ref, changed: true };
  });
  return afterCommit(result);
}

type CommonChange = { status?: Status; reviewedAt?: string };

function applyCommon(tx: Tx, ref: EntryRef, set: CommonChange & { updatedAt: string }): EntryRow | null {
  if (ref.kind === "einrichtung") {
    const row = tx.update(institutions).set(set).where(eq(institutions.id, ref.id)).returning().get();
    return row ? { kind: "einrichtung", row } : null;
  }
  const row = tx.update(offers).set(set).where(eq(offers.id, ref.id)).returning().get();
  return row ? { kind: "angebot", row } : null;
}

function changeCommon(db: CatalogueDb, actor: Actor, ref: EntryRef, action: string, change: CommonChange, now: Date): WriteResult {
  const result = db.transaction((tx): WriteResult => {
    const current = findRow(tx, ref);
    if (!current) return notFound();
    if (change.status && change.status === current.row.status) return { ok: true, ref, changed: false };
    const updated = applyCommon(tx, ref, { ...change, updatedAt: now.toISOString() });
    if (!updated) return notFound();
    // An institution going public or private changes what its offers' documents say.
    recordChange(tx, changesFor(tx, ref, updated.row.status, change.status !== undefined));
    // /datenquellen counts the published entries of each dataset.
    if (change.status) refreshDatasetCount(tx, updated.row.datasetId);
    recordAudit(tx, {
      actor,
      entity: entityOf(ref.kind),
      entityId: ref.id,
      action,
      before: snapshotOf(current),
      after: snapshotOf(updated),
    });
    return { ok: true, ref, changed: true };
  });
  return afterCommit(result);
}

/** Makes the entry public: its page answers and the index gets it. */
export function publishEntry(db: CatalogueDb, actor: Actor, ref: EntryRef, now = new Date()) {
  return changeCommon(db, actor, ref, "publish", { status: "published" }, now);
}

/** Takes the entry back to a draft: off the public pages and out of the index. */
export function unpublishEntry(db: CatalogueDb, actor: Actor, ref: EntryRef, now = new Date()) {
  return changeCommon(db, actor, ref, "unpublish", { status: "draft" }, now);
}

/** "Als geprüft bestätigen": the information was checked today, nothing else changes. */
export function confirmReview(db: CatalogueDb, actor: Actor, ref: EntryRef, now = new Date()) {
  return changeCommon(db, actor, ref, "review", { reviewedAt: now.toISOString() }, now);
}

/**
 * Deletes the entry for good. An institution's offers stay, without their host (the
 * foreign key sets it to null); each of them gets that change in its own log.
 */
export function deleteEntry(db: CatalogueDb, actor: Actor, ref: EntryRef): WriteResult {
  const result = db.transaction((tx): WriteResult => {
    const current = findRow(tx, ref);
    if (!current) return notFound();
    const hosted = ref.kind === "einrichtung" ? offerIdsOf(tx, ref.id) : [];
    if (ref.kind === "einrichtung") tx.delete(institutions).where(eq(institutions.id, ref.id)).run();
    else tx.delete(offers).where(eq(offers.id, ref.id)).run();
    recordChange(tx, [
      { entity: entityOf(ref.kind), entityId: ref.id, operation: "delete" },
      ...hosted.map((entityId) => ({ entity: "offer" as const, entityId, operation: "upsert" as const })),
    ]);
    recordAudit(tx, { actor, entity: entityOf(ref.kind), entityId: ref.id, action: "delete", before: snapshotOf(current), after: null });
    for (const offerId of hosted) {
      recordAudit(tx, {
        actor,
        entity: "offer",
        entityId: offerId,
        action: "update",
        before: { institutionId: ref.id },
        after: { institutionId: null },
      });
    }
    refreshDatasetCount(tx, current.row.datasetId);
    return { ok: true, ref, changed: true };
  });
  return afterCommit(result);
}

// ---------------------------------------------------------------------------------------
// The forms' actions

/** The form's lists for the page (without the label points the server keeps to itself). */
export function fieldsContext(db: CatalogueDb) {
  const context = formContext(db);
  return {
    municipalities: context.municipalities.map(({ slug, name }) => ({ slug, name })),
    institutions: context.institutions,
    types: context.types,
  };
}

export type EntryFormData = {
  values?: EntryFormValues;
  errors?: FieldErrors;
  /** Why nothing was saved. */
  message?: string;
  /** Something happened to the form that is not saved yet. */
  notice?: string;
  deleteError?: string;
  /** Changes with every answer, so the form shows the values the server sent back. */
  revision: number;
};

export type EntryActionResult =
  | { type: "redirect"; to: string }
  | { type: "form"; status: number; data: EntryFormData }
  | { type: "not-found" };

export const ENTRY_INTENTS = ["speichern", "ortsmitte", "veroeffentlichen", "zurueckziehen", "pruefen", "loeschen"] as const;
const intentSchema = z.enum(ENTRY_INTENTS);

/** What the success notice of the edit page says, by `?erfolg=`. */
export const SUCCESS_PARAM = "erfolg";

function formAnswer(status: number, data: Omit<EntryFormData, "revision">): EntryActionResult {
  return { type: "form", status, data: { ...data, revision: Date.now() } };
}

/** "Position aus Adresse": the Gemeinde's label point, approximate; not saved. */
function municipalityCentre(db: CatalogueDb, values: EntryFormValues): EntryActionResult {
  const placed = placeAtMunicipality(values, formContext(db).municipalities);
  if (!placed.ok) return formAnswer(400, { values, errors: placed.errors, message: "Die Position wurde nicht gesetzt." });
  return formAnswer(200, {
    values: placed.values,
    errors: {},
    notice:
      "Die Position steht jetzt ungefähr auf der Ortsmitte der Gemeinde (ohne Adressdienst keine genauere Lage). Sie ist noch nicht gespeichert: Verschieben Sie die Markierung bei Bedarf und wählen Sie dann „Speichern“.",
  });
}

function writeAnswer(result: WriteResult, values: EntryFormValues, to: (ref: EntryRef, changed: boolean) => string): EntryActionResult {
  if (result.ok) return { type: "redirect", to: to(result.ref, result.changed) };
  if (result.status === 404) return { type: "not-found" };
  return formAnswer(result.status, { values, errors: result.errors, message: result.message });
}

/** The create page's form: "Anlegen" or "Position aus Adresse". */
export function newEntryAction(db: CatalogueDb, actor: Actor, kind: EntryKind, formData: FormData, now = new Date()): EntryActionResult {
  const values = formValues(formData);
  if (formData.get("intent") === "ortsmitte") return municipalityCentre(db, values);
  return writeAnswer(createEntry(db, actor, kind, values, now), values, (ref) => `${editPath(ref)}?${SUCCESS_PARAM}=angelegt`);
}

/** The edit page's forms, told apart by the button pressed (`intent`). */
export function editEntryAction(db: CatalogueDb, actor: Actor, ref: EntryRef, formData: FormData, now = new Date()): EntryActionResult {
  const intent = intentSchema.safeParse(formData.get("intent"));
  if (!intent.success) return formAnswer(400, { message: "Unbekannte Aktion. Bitte laden Sie die Seite neu." });
  const done = (what: string) => (target: EntryRef) => `${editPath(target)}?${SUCCESS_PARAM}=${what}`;
  const simple = (result: WriteResult, what: string): EntryActionResult =>
    result.ok
      ? { type: "redirect", to: done(what)(result.ref) }
      : result.status === 404
      ? { type: "not-found" }
      : formAnswer(result.status, { message: result.message });
  switch (intent.data) {
    case "speichern": {
      const values = formValues(formData);
      const version = formData.get("version");
      return writeAnswer(
        updateEntry(db, actor, ref, values, typeof version === "string" && version ? version : null, now),
        values,
        (target, changed) => done(changed ? "gespeichert" : "unveraendert")(target)
      );
    }
    case "ortsmitte":
      return municipalityCentre(db, formValues(formData));
    case "veroeffentlichen":
      return simple(publishEntry(db, actor, ref, now), "veroeffentlicht");
    case "zurueckziehen":
      return simple(unpublishEntry(db, actor, ref, now), "zurueckgezogen");
    case "pruefen":
      return simple(confirmReview(db, actor, ref, now), "geprueft");
    case "loeschen": {
      if (formData.get("bestaetigen") !== "ja") {
        return formAnswer(400, { deleteError: "Bitte bestätigen Sie mit dem Häkchen, dass der Eintrag endgültig gelöscht werden soll." });
      }
      const result = deleteEntry(db, actor, ref);
      if (!result.ok) return result.status === 404 ? { type: "not-found" } : formAnswer(result.status, { message: result.message });
      return { type: "redirect", to: `/admin/eintraege?${SUCCESS_PARAM}=geloescht` };
    }
  }
}

// The CSV import against the catalogue: preview (read only) and the import itself, one
// all-or-nothing transaction with outbox and audit rows.
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { auditLog, institutions, municipalities, offers, postcodes } from "../../db/schema";
import { buildGazetteer } from "../../scripts/import/municipalities";
import type { CatalogueDb } from "~/catalogue/db.server";
import { recordChange } from "~/catalogue/outbox.server";
import { requestSync } from "~/search/sync-worker.server";
import { type Actor, recordAudit, recordAudits } from "./audit.server";
import { requireUser, verifyCsrf, type AdminUser } from "./auth.server";
import {
  allocateSlug,
  decodeCsvBytes,
  type ImportContext,
  type ImportPreview,
  MAX_IMPORT_BYTES,
  previewCsv,
  type PreviewView,
  previewView,
} from "./csv-import";
import { EDITORIAL_DATASET_ID, editorialSourceRef, ensureEditorialDataset, refreshDatasetCount } from "./provenance.server";

type Reader = Pick<CatalogueDb, "select">;

/** Gemeinden, PLZ and the institutions already in the catalogue. */
export function loadImportContext(db: Reader): ImportContext {
  const gazetteer = buildGazetteer(db.select().from(municipalities).all(), db.select().from(postcodes).all());
  const existing = db
    .select({
      slug: institutions.slug,
      name: institutions.name,
      street: institutions.street,
      town: institutions.town,
      municipalityAgs: institutions.municipalityAgs,
    })
    .from(institutions)
    .all();
  return { gazetteer, existing };
}

export function previewImport(db: CatalogueDb, text: string): ImportPreview {
  return previewCsv(text, loadImportContext(db));
}

const importSummary = z.object({
  fileName: z.string().nullable(),
  rows: z.number(),
  inserted: z.number(),
  published: z.number(),
  drafts: z.number(),
  withWarnings: z.number(),
  firstId: z.number().nullable(),
  lastId: z.number().nullable(),
  outboxRows: z.number(),
  validateMs: z.number(),
  writeMs: z.number(),
});
export type ImportSummary = z.infer<typeof importSummary>;

export type ImportResult =
  | { ok: false; preview: ImportPreview }
  | { ok: true; preview: ImportPreview; summary: ImportSummary; auditId: number; totalMs: number };

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Rows per INSERT: ~30 columns each stays far below SQLite's limit of bound parameters. */
const INSERT_BATCH = 100;

/**
 * Checks the file again and, only if no row has an error, inserts every row in one
 * transaction with its outbox and audit rows. The checks run inside the transaction, so the
 * duplicate check and the slugs see exactly the catalogue the rows are written into.
 */
export function runImport(db: CatalogueDb, actor: Actor, text: string, fileName: string | null = null): ImportResult {
  const started = performance.now();
  const outcome = db.transaction((tx) => {
    const preview = previewCsv(text, loadImportContext(tx));
    if (!preview.ok) return { ok: false as const, preview };
    const validated = performance.now();

    const datasetId = ensureEditorialDataset(tx);
    const taken = new Set([
      ...tx.select({ slug: institutions.slug }).from(institutions).all().map((row) => row.slug),
      ...tx.select({ slug: offers.slug }).from(offers).all().map((row) => row.slug),
    ]);
    const records = preview.rows.map((row) => {
      if (!row.values) throw new Error("[import] Zeile ohne Werte in einer fehlerfreien Vorschau");
      return {
        line: row.line,
        values: {
          ...row.values,
          slug: allocateSlug(taken, row.values.name, row.municipalitySlug),
          datasetId,
          sourceRef: editorialSourceRef(),
        },
      };
    });
    // Multi-row statements: about four times faster than one statement per row. RETURNING
    // promises no order, so ids are matched by the unique source reference.
    const idOf = new Map<string, number>();
    for (let start = 0; start < records.length; start += INSERT_BATCH) {
      const batch = records.slice(start, start + INSERT_BATCH).map((record) => record.values);
      for (const row of tx.insert(institutions).values(batch).returning({ id: institutions.id, sourceRef: institutions.sourceRef }).all()) {
        idOf.set(row.sourceRef, row.id);
      }
    }
    const created = records.map((record) => {
      const id = idOf.get(record.values.sourceRef);
      if (id === undefined) throw new Error(`[import] keine id für ${record.values.sourceRef}`);
      return { id, after: { ...record.values, importLine: record.line } };
    });
    const ids = created.map((entry) => entry.id);
    recordAudits(
      tx,
      created.map((entry) => ({ actor, entity: "institution" as const, entityId: entry.id, action: "create", after: entry.after })),
    );
    recordChange(
      tx,
      ids.map((entityId) => ({ entity: "institution" as const, entityId, operation: "upsert" as const })),
    );
    refreshDatasetCount(tx, EDITORIAL_DATASET_ID);

    const summary: ImportSummary = {
      fileName,
      rows: preview.counts.rows,
      inserted: ids.length,
      published: preview.counts.published,
      drafts: preview.counts.drafts,
      withWarnings: preview.counts.withWarnings,
      firstId: ids[0] ?? null,
      lastId: ids[ids.length - 1] ?? null,
      outboxRows: ids.length,
      validateMs: round(validated - started),
      writeMs: round(performance.now() - validated),
    };
    recordAudit(tx, { actor, entity: "import", action: "import", after: summary });
    const audit = tx
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(eq(auditLog.entity, "import"))
      .orderBy(desc(auditLog.id))
      .limit(1)
      .get();
    if (!audit) throw new Error("[import] Protokolleintrag fehlt");
    return { ok: true as const, preview, summary, auditId: audit.id };
    // Immediate: the write lock is taken before the checks read, so no other writer can slip
    // in between the duplicate check and the inserts (and WAL cannot refuse the upgrade).
  }, { behavior: "immediate" });
  if (!outcome.ok) return outcome;
  requestSync();
  const totalMs = round(performance.now() - started);
  console.log(`[import] ${outcome.summary.inserted} Einrichtungen aus CSV importiert in ${totalMs} ms`);
  return { ...outcome, totalMs };
}

/** A finished import as the audit log recorded it; null when the id names no import. */
export function importReport(db: CatalogueDb, auditId: number) {
  const row = db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.id, auditId), eq(auditLog.entity, "import"), eq(auditLog.action, "import")))
    .get();
  const summary = importSummary.safeParse(row?.after);
  if (!row || !summary.success) return null;
  return { at: row.at, actor: row.actor, ...summary.data };
}

// ---------------------------------------------------------------------------------------
// The upload form

/** Room for the file plus the form around it; larger bodies are not read at all. */
export const MAX_FORM_BYTES = 2 * MAX_IMPORT_BYTES;

const plainText = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function tooLarge(): Response {
  return new Response(`Die Datei ist zu groß. Erlaubt sind höchstens ${megabytes(MAX_IMPORT_BYTES)}; bitte teilen Sie sie auf.`, {
    status: 413,
    headers: plainText,
  });
}

/** Reads the body up to `limit` bytes, whatever Content-Length claims, and parses it as a form. */
async function readLimitedForm(request: Request, limit: number): Promise<FormData> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return await new Request(request.url, { method: "POST", headers: request.headers, body }).formData();
  } catch {
    throw new Response("Das Formular konnte nicht gelesen werden. Bitte laden Sie die Seite neu.", { status: 400, headers: plainText });
  }
}

const fileName = z
  .string()
  .trim()
  .max(255)
  .transform((value) => value.replace(/[^\p{L}\p{N} ._()-]/gu, "_") || null);

const importForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("vorschau"), datei: z.instanceof(File, { message: "Bitte wählen Sie eine CSV-Datei aus." }) }),
  z.object({
    intent: z.literal("importieren"),
    csv: z
      .string({
        required_error: "Die Vorschau fehlt. Bitte laden Sie die Datei erneut hoch.",
        invalid_type_error: "Die Vorschau fehlt. Bitte laden Sie die Datei erneut hoch.",
      })
      .min(1, "Die Vorschau ist leer. Bitte laden Sie die Datei erneut hoch."),
    dateiname: fileName.optional(),
  }),
]);
export type ImportForm = z.infer<typeof importForm>;

export type ImportFormResult = { user: AdminUser } & ({ ok: true; form: ImportForm } | { ok: false; message: string });

/**
 * Session, size limit, CSRF token and form shape of an import request. The body is read with a
 * limit before anything else (what requireUserAction does, without reading unbounded bodies).
 */
export async function readImportForm(request: Request): Promise<ImportFormResult> {
  const user = await requireUser(request);
  const formData = await readLimitedForm(request, MAX_FORM_BYTES);
  await verifyCsrf(request, formData);
  const parsed = importForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue?.code === "custom" || issue?.code === "too_small" || issue?.code === "invalid_type" ? issue.message : null;
    return { user, ok: false, message: message ?? "Das Formular ist unvollständig. Bitte laden Sie die Seite neu." };
  }
  const form = parsed.data;
  const size = form.intent === "vorschau" ? form.datei.size : Buffer.byteLength(form.csv, "utf8");
  if (form.intent === "vorschau" && size === 0) {
    // A file input left empty still sends a part: no name, no bytes.
    return { user, ok: false, message: form.datei.name ? "Die gewählte Datei ist leer." : "Bitte wählen Sie eine CSV-Datei aus." };
  }
  if (size > MAX_IMPORT_BYTES) {
    return { user, ok: false, message: `Die Datei ist ${megabytes(size)} groß; erlaubt sind höchstens ${megabytes(MAX_IMPORT_BYTES)}. Bitte teilen Sie sie auf.` };
  }
  return { user, ok: true, form };
}

// ---------------------------------------------------------------------------------------
// What the page gets back

export type ImportPageResult =
  | { kind: "error"; message: string }
  | { kind: "preview"; view: PreviewView; csv: string; fileName: string | null; attempted: boolean; decodeWarning: string | null }
  | { kind: "imported"; auditId: number };

/** First step: the uploaded file, decoded and checked; its text goes back to the page for the second step. */
export async function previewUpload(db: CatalogueDb, file: File): Promise<ImportPageResult> {
  const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { kind: "error", message: decoded.error };
  const view = previewView(previewImport(db, decoded.text));
  return { kind: "preview", view, csv: decoded.text, fileName: file.name || null, attempted: false, decodeWarning: decoded.warning };
}

/** Second step: the previewed text again; imported, or shown again with its errors. */
export function importUpload(db: CatalogueDb, actor: Actor, csv: string, fileName: string | null): ImportPageResult {
  const result = runImport(db, actor, csv, fileName);
  if (result.ok) return { kind: "imported", auditId: result.auditId };
  return { kind: "preview", view: previewView(result.preview), csv, fileName, attempted: true, decodeWarning: null };
}

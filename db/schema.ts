import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type {
  Audience,
  Carrier,
  GeoPrecision,
  Sector,
  Status,
  Topic,
} from "../app/catalogue/vocabulary";

// Column builders are stateful: each table gets fresh ones from these factories.
const timestamps = () => ({
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text("updated_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

/** A published dataset the catalogue was built from (shown on /datenquellen). */
export const datasets = sqliteTable("datasets", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  publisher: text("publisher").notNull(),
  licence: text("licence").notNull(),
  licenceUrl: text("licence_url"),
  attribution: text("attribution").notNull(),
  stand: text("stand").notNull(),
  sourceUrls: text("source_urls", { mode: "json" }).$type<string[]>().notNull(),
  caveats: text("caveats").notNull().default(""),
  recordCount: integer("record_count").notNull().default(0),
});

export const municipalities = sqliteTable("municipalities", {
  ags: text("ags").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  population: integer("population").notNull(),
  areaKm2: real("area_km2").notNull(),
  labelLat: real("label_lat").notNull(),
  labelLng: real("label_lng").notNull(),
  /** GeoJSON geometry (Polygon or MultiPolygon), WGS84. */
  boundary: text("boundary", { mode: "json" }).$type<GeoJsonGeometry>().notNull(),
  osmRelationId: integer("osm_relation_id"),
  datasetId: text("dataset_id")
    .notNull()
    .references(() => datasets.id),
});

/** The district's outline and totals (BKG VG250-EW, dissolved from the Gemeinden); one row. */
export const district = sqliteTable("district", {
  ags: text("ags").primaryKey(),
  name: text("name").notNull(),
  population: integer("population").notNull(),
  areaKm2: real("area_km2").notNull(),
  /** GeoJSON geometry (Polygon or MultiPolygon), WGS84. */
  boundary: text("boundary", { mode: "json" }).$type<GeoJsonGeometry>().notNull(),
  datasetId: text("dataset_id")
    .notNull()
    .references(() => datasets.id),
});

export const postcodes = sqliteTable(
  "postcodes",
  {
    postcode: text("postcode").notNull(),
    municipalityAgs: text("municipality_ags")
      .notNull()
      .references(() => municipalities.ags),
    datasetId: text("dataset_id")
      .notNull()
      .references(() => datasets.id),
  },
  (t) => [primaryKey({ columns: [t.postcode, t.municipalityAgs] })],
);

/** Location and provenance columns shared by institutions and offers. */
const placeColumns = () => ({
  street: text("street"),
  postcode: text("postcode"),
  town: text("town"),
  municipalityAgs: text("municipality_ags").references(() => municipalities.ags),
  lat: real("lat"),
  lng: real("lng"),
  geoPrecision: text("geo_precision").$type<GeoPrecision>(),
  /** Where the coordinate comes from, when a source states it. */
  geoSource: text("geo_source"),
});

const provenanceColumns = () => ({
  datasetId: text("dataset_id")
    .notNull()
    .references(() => datasets.id),
  /** Identifier of the record in its source dataset (e.g. `BW-113901`, `einrichtungen:17`). */
  sourceRef: text("source_ref").notNull().unique(),
  sourceUrls: text("source_urls", { mode: "json" }).$type<string[]>().notNull(),
  licence: text("licence").notNull(),
  stand: text("stand").notNull(),
  status: text("status").$type<Status>().notNull().default("published"),
  /** When an editor last confirmed the entry ("geprüft am"); null until someone does. */
  reviewedAt: text("reviewed_at"),
});

export const institutions = sqliteTable(
  "institutions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    sector: text("sector").$type<Sector>().notNull(),
    /** Main type for display and facets, e.g. "Gymnasium", "Bibliothek". */
    type: text("type").notNull(),
    /** Every type the institution has (a school can be Grund- and Werkrealschule). */
    types: text("types", { mode: "json" }).$type<string[]>().notNull(),
    /** Type as the source words it, when it says more than `type`. */
    typeDetail: text("type_detail"),
    carrier: text("carrier").$type<Carrier>(),
    ...placeColumns(),
    phone: text("phone"),
    email: text("email"),
    website: text("website"),
    description: text("description"),
    targetGroup: text("target_group"),
    ageMin: integer("age_min"),
    ageMax: integer("age_max"),
    /** Facts that only some sources have (school forms, pupils, classes …). */
    facts: text("facts", { mode: "json" }).$type<Record<string, string | number>>().notNull().default({}),
    ...provenanceColumns(),
    ...timestamps(),
  },
  (t) => [
    index("institutions_municipality_idx").on(t.municipalityAgs),
    index("institutions_sector_idx").on(t.sector),
  ],
);

export const offers = sqliteTable(
  "offers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    institutionId: integer("institution_id").references(() => institutions.id, {
      onDelete: "set null",
    }),
    sector: text("sector").$type<Sector>().notNull(),
    type: text("type").notNull(),
    topics: text("topics", { mode: "json" }).$type<Topic[]>().notNull(),
    audiences: text("audiences", { mode: "json" }).$type<Audience[]>().notNull(),
    ageMin: integer("age_min"),
    ageMax: integer("age_max"),
    description: text("description"),
    targetGroup: text("target_group"),
    website: text("website"),
    phone: text("phone"),
    ...placeColumns(),
    ...provenanceColumns(),
    ...timestamps(),
  },
  (t) => [index("offers_municipality_idx").on(t.municipalityAgs)],
);

export const OUTBOX_ENTITIES = ["institution", "offer"] as const;
export type OutboxEntity = (typeof OUTBOX_ENTITIES)[number];

/**
 * Transactional outbox: every catalogue change writes a row here in the same transaction,
 * so the search index can be brought up to date after crashes or engine outages.
 */
export const searchOutbox = sqliteTable(
  "search_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entity: text("entity").$type<OutboxEntity>().notNull(),
    entityId: integer("entity_id").notNull(),
    operation: text("operation").$type<"upsert" | "delete">().notNull(),
    createdAt: text("created_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
    processedAt: text("processed_at"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [index("search_outbox_pending_idx").on(t.processedAt, t.id)],
);

/** Small key/value store for bookkeeping (e.g. the fingerprint of the last index build). */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export const ROLES = ["admin", "editor"] as const;
export type Role = (typeof ROLES)[number];

/** Back-office accounts. There are no default accounts: `npm run admin:create` makes the first. */
export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** Stored lower-case; the login compares lower-case. */
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role").$type<Role>().notNull(),
  /** scrypt, self-describing: `scrypt$N$r$p$salt$hash` (base64url). */
  passwordHash: text("password_hash").notNull(),
  disabledAt: text("disabled_at"),
  ...timestamps(),
});

/** Server-side sessions; the cookie carries a random id, the table only its SHA-256. */
export const sessions = sqliteTable(
  "sessions",
  {
    idHash: text("id_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: text("created_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const AUDIT_ENTITIES = ["institution", "offer", "user", "import", "index"] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** Who changed what and when, with the entry before and after the change. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
    /** Null for changes made by scripts (imports on the command line). */
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    /** The actor as shown, kept when the account is deleted. */
    actor: text("actor").notNull(),
    entity: text("entity").$type<AuditEntity>().notNull(),
    entityId: integer("entity_id"),
    /** create, update, delete, publish, unpublish, review, import, rebuild … */
    action: text("action").notNull(),
    before: text("before", { mode: "json" }).$type<Record<string, unknown> | null>(),
    after: text("after", { mode: "json" }).$type<Record<string, unknown> | null>(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entity, t.entityId, t.id)],
);

/**
 * Public searches, aggregated per day and normalised query: no IP address, no session, no
 * time of day. Rows older than 90 days are deleted.
 */
export const searchStats = sqliteTable(
  "search_stats",
  {
    day: text("day").notNull(),
    query: text("query").notNull(),
    searches: integer("searches").notNull().default(0),
    withoutResults: integer("without_results").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.query] })],
);

export type GeoJsonGeometry =
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] };

export type Municipality = typeof municipalities.$inferSelect;
export type District = typeof district.$inferSelect;
export type Institution = typeof institutions.$inferSelect;
export type NewInstitution = typeof institutions.$inferInsert;
export type Offer = typeof offers.$inferSelect;
export type NewOffer = typeof offers.$inferInsert;
export type Dataset = typeof datasets.$inferSelect;
export type User = typeof users.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;

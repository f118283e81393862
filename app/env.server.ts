import path from "node:path";
import { z } from "zod";

// Every variable has a safe local default, so a fresh clone starts without a .env file.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default(".data"),
  /** SQLite file; defaults to DATA_DIR/catalogue.sqlite. */
  DATABASE_PATH: z.string().min(1).optional(),
  /** An existing Meilisearch server; without it `npm start` runs its own. */
  MEILI_URL: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().min(1).optional(),
  /** Search-only key; created through the keys API when not given. */
  MEILI_SEARCH_KEY: z.string().min(1).optional(),
  /**
   * Key of the web server's sync worker: writes to the portal's indexes only. `npm start`
   * creates it; unset, edits reach the search index at the next start.
   */
  MEILI_WRITE_KEY: z.string().min(1).optional(),
  MEILI_INDEX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/)
    .default("entries"),
  MEILI_BIN: z.string().min(1).optional(),
  /**
   * Raster tiles under the maps, a URL template with {z}, {x} and {y} (basemap.de, an own tile server).
   * Unset: the maps draw only the catalogue's own boundaries and no request leaves the portal.
   */
  PUBLIC_TILE_URL: z
    .string()
    .url()
    .refine((url) => /^https?:\/\//.test(url) && url.includes("{z}") && url.includes("{x}") && url.includes("{y}"), {
      message: "braucht http(s) und die Platzhalter {z}, {x} und {y}",
    })
    .optional(),
  /** Required with PUBLIC_TILE_URL: who the tiles come from, shown on every map (HTML allowed). */
  PUBLIC_TILE_ATTRIBUTION: z.string().min(1).optional(),
  /** Impressum: the operator. Until they are set, /impressum says clearly that they are missing. */
  OPERATOR_NAME: z.string().min(1).optional(),
  /** Postal address, lines separated by "|" (e.g. "Musterstraße 1|71638 Ludwigsburg"). */
  OPERATOR_ADDRESS: z.string().min(1).optional(),
  OPERATOR_REPRESENTATIVE: z.string().min(1).optional(),
  OPERATOR_EMAIL: z.string().email().optional(),
  OPERATOR_PHONE: z.string().min(1).optional(),
  /** Responsible for content (§ 18 Abs. 2 MStV). */
  OPERATOR_CONTENT_RESPONSIBLE: z.string().min(1).optional(),
  /**
   * Signs the back office's cookies. Unset: generated once into DATA_DIR/session-secret.
   * Several secrets, separated by spaces, allow rotation (the first signs).
   */
  SESSION_SECRET: z.string().min(32, "mindestens 32 Zeichen").optional(),
  /** Behind a reverse proxy: take client address and protocol from its X-Forwarded-* headers. */
  TRUST_PROXY: z.enum(["0", "1", "true", "false"]).transform((value) => value === "1" || value === "true").default("0"),
  /** Where "Angaben veraltet? Hinweis senden" and accessibility feedback go; defaults to OPERATOR_EMAIL. */
  FEEDBACK_EMAIL: z.string().email().optional(),
});

export type Env = z.infer<typeof schema> & { DATABASE_PATH: string };

export type OperatorConfig = {
  name: string | null;
  address: string[];
  representative: string | null;
  email: string | null;
  phone: string | null;
  contentResponsible: string | null;
};

/** The operator as configured; null fields are shown as missing, never invented. */
export function operatorConfig(env: Env = getEnv()): OperatorConfig {
  return {
    name: env.OPERATOR_NAME ?? null,
    address: env.OPERATOR_ADDRESS ? env.OPERATOR_ADDRESS.split("|").map((line) => line.trim()).filter(Boolean) : [],
    representative: env.OPERATOR_REPRESENTATIVE ?? null,
    email: env.OPERATOR_EMAIL ?? null,
    phone: env.OPERATOR_PHONE ?? null,
    contentResponsible: env.OPERATOR_CONTENT_RESPONSIBLE ?? null,
  };
}

/** What the browser may know of the configuration: map tiles and the feedback address, nothing secret. */
export function publicConfig(env: Env = getEnv()) {
  return {
    feedbackEmail: env.FEEDBACK_EMAIL ?? env.OPERATOR_EMAIL ?? null,
    tiles:
      env.PUBLIC_TILE_URL && env.PUBLIC_TILE_ATTRIBUTION
        ? { url: env.PUBLIC_TILE_URL, attribution: env.PUBLIC_TILE_ATTRIBUTION }
        : null,
  };
}

let cached: Env | undefined;

export function getEnv(source: NodeJS.ProcessEnv = process.env): Env {
  if (cached && source === process.env) return cached;
  const parsed = schema.safeParse(
    // Empty strings mean "not set", as in most .env files.
    Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")),
  );
  if (parsed.success && parsed.data.PUBLIC_TILE_URL && !parsed.data.PUBLIC_TILE_ATTRIBUTION) {
    throw new Error("[env] PUBLIC_TILE_URL braucht PUBLIC_TILE_ATTRIBUTION: wer die Kacheln liefert, steht auf jeder Karte.");
  }
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
      .join("\n");
    throw new Error(`[env] Invalid environment variables:\n${problems}`);
  }
  const env = {
    ...parsed.data,
    DATABASE_PATH: parsed.data.DATABASE_PATH ?? path.join(parsed.data.DATA_DIR, "catalogue.sqlite"),
  };
  if (source === process.env) cached = env;
  return env;
}

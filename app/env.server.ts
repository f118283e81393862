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
  MEILI_INDEX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/)
    .default("entries"),
  MEILI_BIN: z.string().min(1).optional(),
});

export type Env = z.infer<typeof schema> & { DATABASE_PATH: string };

let cached: Env | undefined;

export function getEnv(source: NodeJS.ProcessEnv = process.env): Env {
  if (cached && source === process.env) return cached;
  const parsed = schema.safeParse(
    // Empty strings mean "not set", as in most .env files.
    Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")),
  );
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

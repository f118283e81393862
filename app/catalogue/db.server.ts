import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "../../db/schema";
import { getEnv } from "~/env.server";

export type CatalogueDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

// npm scripts, the server and the tests all run from the project root.
const MIGRATIONS_FOLDER = path.resolve("db/migrations");

export function openDatabase(file: string): CatalogueDb {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return drizzle(sqlite, { schema });
}

export function migrateDatabase(db: CatalogueDb, migrationsFolder = MIGRATIONS_FOLDER) {
  migrate(db, { migrationsFolder });
}

let connection: CatalogueDb | undefined;

/** The one connection of this process. */
export function getDb(): CatalogueDb {
  connection ??= openDatabase(getEnv().DATABASE_PATH);
  return connection;
}

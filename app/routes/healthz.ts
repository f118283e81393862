import { json } from "@remix-run/node";
import { sql } from "drizzle-orm";
import { getDb } from "~/catalogue/db.server";
import { cacheHeaders, NO_STORE } from "~/http/headers";
import { engineStatus } from "~/search/search.server";

export async function loader() {
  let db = false;
  try {
    db = getDb().get<{ ok: number }>(sql`select 1 as ok`).ok === 1;
  } catch {
    db = false;
  }
  const search = await engineStatus();
  const healthy = db && search.ok;
  return json(
    { db, search: search.ok, documents: search.documents },
    { status: healthy ? 200 : 503, headers: cacheHeaders(NO_STORE) },
  );
}

// Rebuilds the search index from the catalogue (fresh index, then swapped in).
import { getEnv } from "~/env.server";
import { rebuildIndex } from "~/search/sync.server";
import { ensureEngine, prepareCatalogue } from "./runtime";

const env = getEnv();
const { db } = prepareCatalogue(env.DATABASE_PATH);
const engine = await ensureEngine(env);
try {
  await rebuildIndex(db, engine.config);
} finally {
  await engine.running?.stop();
  db.$client.close();
}

// Loads db/seed/ into an empty catalogue. An existing catalogue is left alone: editors'
// changes are never overwritten by the seed.
import { getEnv } from "~/env.server";
import { prepareCatalogue } from "./runtime";

const env = getEnv();
const { db, seeded } = prepareCatalogue(env.DATABASE_PATH);
if (!seeded) console.log(`[seed] Der Katalog in ${env.DATABASE_PATH} ist nicht leer; nichts geladen.`);
db.$client.close();

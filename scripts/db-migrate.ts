import { migrateDatabase, openDatabase } from "~/catalogue/db.server";
import { getEnv } from "~/env.server";

const env = getEnv();
const db = openDatabase(env.DATABASE_PATH);
migrateDatabase(db);
db.$client.close();
console.log(`[db] Migrationen angewandt: ${env.DATABASE_PATH}`);

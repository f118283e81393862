import { eq } from "drizzle-orm";
import { institutions, municipalities, offers } from "../../db/schema";
import { getDb, type CatalogueDb } from "~/catalogue/db.server";
import { SECTOR_LABELS, SECTORS, TOPIC_LABELS } from "~/catalogue/vocabulary";
import { buildDictionary, suggestCorrection, type Dictionary } from "./spelling";
import { SYNONYM_GROUPS } from "./synonyms";

/**
 * The texts people search for: titles and types of published entries, Gemeinde names and
 * topic labels. Sector labels and synonyms count once each, so words like "Kindergarten"
 * or "Jugendzentrum" are known even where no title uses them.
 */
export function catalogueTexts(db: CatalogueDb): string[] {
  const texts: string[] = [];
  const published = db
    .select({ name: institutions.name, type: institutions.type, types: institutions.types })
    .from(institutions)
    .where(eq(institutions.status, "published"))
    .all();
  for (const row of published) texts.push(row.name, ...(row.types.length > 0 ? row.types : [row.type]));
  const publishedOffers = db
    .select({ title: offers.title, type: offers.type, topics: offers.topics })
    .from(offers)
    .where(eq(offers.status, "published"))
    .all();
  for (const row of publishedOffers) texts.push(row.title, row.type, ...row.topics.map((topic) => TOPIC_LABELS[topic]));
  for (const row of db.select({ name: municipalities.name }).from(municipalities).all()) texts.push(row.name);
  texts.push(...SECTORS.map((sector) => SECTOR_LABELS[sector]), ...SYNONYM_GROUPS.flat());
  return texts;
}

export function catalogueDictionary(db: CatalogueDb): Dictionary {
  return buildDictionary(catalogueTexts(db));
}

// Built on first use and kept for the life of the process; a few thousand words.
let dictionary: Dictionary | undefined;

/** "Gymnasim Marbach" → "Gymnasium Marbach"; null when the query needs no correction. */
export function didYouMean(query: string): string | null {
  try {
    dictionary ??= catalogueDictionary(getDb());
    return suggestCorrection(query, dictionary);
  } catch (error) {
    console.error(`[search] Korrekturvorschlag nicht möglich: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

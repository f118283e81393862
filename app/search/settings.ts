import type { Locale, Settings } from "meilisearch";
import { toSynonymSetting } from "./synonyms";

export const PAGE_SIZE = 20;

/**
 * German word segmentation (compound splitting) applies to descriptive text only. On
 * Meilisearch 1.21 it cuts words it does not know, such as names, into two-letter pieces:
 * "Friedrich" becomes "fr ie dr ich" and a misspelt "Gymnasim" "gy mn as im", which breaks
 * typo tolerance and floods results ("Mörike" matched every Kita in Möglingen). Names,
 * types and places are therefore not localized, and queries are tokenized without
 * segmentation (`QUERY_LOCALES`); a query word still matches the parts of compounds in
 * descriptions ("Förderung" finds "Jugendförderung"). Measured figures: README, Decisions.
 */
export const GERMAN_TEXT_ATTRIBUTES = ["description", "targetGroup"];
export const QUERY_LOCALES: Locale[] = ["eng"];

/**
 * Index settings as code. Applied to every fresh index before documents go in; a change
 * here changes the fingerprint in sync.server.ts and so triggers a rebuild on next start.
 */
export const INDEX_SETTINGS = {
  // Order matters for the `attribute` ranking rule: names before types before places,
  // topics and descriptions last.
  searchableAttributes: [
    "title",
    "aliases",
    "types",
    "typeDetail",
    "municipalityName",
    "town",
    "institutionName",
    "topicLabels",
    "categoryLabel",
    "street",
    "postcode",
    "targetGroup",
    "description",
  ],
  filterableAttributes: [
    "kind",
    "category",
    "types",
    "municipalitySlug",
    "topics",
    "audiences",
    "ageMin",
    "ageMax",
    "geoPrecision",
    "_geo",
  ],
  // "sort" first: a chosen order (distance, name) orders all hits; relevance breaks ties.
  // Without a sort in the request the rule does nothing.
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
  sortableAttributes: ["sortTitle", "_geo"],
  displayedAttributes: ["*"],
  localizedAttributes: [{ attributePatterns: GERMAN_TEXT_ATTRIBUTES, locales: ["deu"] }],
  synonyms: toSynonymSetting(),
  stopWords: ["der", "die", "das", "und", "in", "im", "am", "an", "für", "von", "zu", "zur", "zum", "mit"],
  typoTolerance: {
    enabled: true,
    // Meilisearch's defaults: a typo from 5 letters, two from 9. With 4, "MINT" matched
    // "Montessori" and "Kita" matched far too much.
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnAttributes: ["postcode"],
  },
  faceting: { maxValuesPerFacet: 100 },
  // The map asks for every hit at once (/api/v1/pins); the seed has about 450 entries.
  pagination: { maxTotalHits: 5000 },
} satisfies Settings;

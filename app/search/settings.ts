import type { Settings } from "meilisearch";
import { toSynonymSetting } from "./synonyms";

export const PAGE_SIZE = 20;

/**
 * Index settings as code. Applied to every fresh index before documents go in; a change
 * here changes the fingerprint in sync.server.ts and so triggers a rebuild on next start.
 */
export const INDEX_SETTINGS = {
  // Order matters for the `attribute` ranking rule: names before types before places,
  // topics and descriptions last.
  searchableAttributes: [
    "title",
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
  sortableAttributes: ["title", "_geo"],
  displayedAttributes: ["*"],
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["deu"] }],
  synonyms: toSynonymSetting(),
  stopWords: ["der", "die", "das", "und", "in", "im", "am", "an", "für", "von", "zu", "zur", "zum", "mit"],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    disableOnAttributes: ["postcode"],
  },
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 2000 },
} satisfies Settings;

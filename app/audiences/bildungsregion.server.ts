import type { CatalogueDb } from "~/catalogue/db.server";
import { sectorCoverage } from "~/catalogue/map.server";
import { SECTORS } from "~/catalogue/vocabulary";
import { resolveRefs } from "./bildungsregion";
import { loadAudienceEntries } from "./entries.server";

/**
 * What /bildungsregion shows from the catalogue: the entries of its bodies and programmes, and
 * the network in figures (published entries per sector and per Gemeinde).
 */
export function loadBildungsregionPage(db: CatalogueDb) {
  const entries = loadAudienceEntries(db);
  const coverage = sectorCoverage(db);
  return {
    refs: resolveRefs(entries),
    figures: {
      total: entries.length,
      institutions: entries.filter((entry) => entry.kind === "einrichtung").length,
      offers: entries.filter((entry) => entry.kind === "angebot").length,
      /** Institutions and offers per sector, including those without a Gemeinde. */
      bySector: SECTORS.map((sector) => {
        const inSector = entries.filter((entry) => entry.sector === sector);
        const institutions = inSector.filter((entry) => entry.kind === "einrichtung").length;
        return { sector, institutions, offers: inSector.length - institutions, total: inSector.length };
      }),
      withoutMunicipality: entries.filter((entry) => entry.municipality === null).length,
      municipalitiesWithEntries: coverage.municipalities.filter((m) => m.total > 0).length,
      municipalities: coverage.municipalities.map(({ slug, name, counts, total }) => ({ slug, name, counts, total })),
      district: { counts: coverage.district.counts, total: coverage.district.total },
    },
  };
}

// A Gemeinde for the import parsers' tests: a square of about 3 km around its label point.
import type { SeedMunicipality } from "../../db/seed-format";
import { slugify } from "~/catalogue/slug";

export function makeMunicipality(ags: string, name: string, lng: number, lat: number): SeedMunicipality {
  const ring = [
    [lng - 0.02, lat - 0.02],
    [lng + 0.02, lat - 0.02],
    [lng + 0.02, lat + 0.02],
    [lng - 0.02, lat + 0.02],
    [lng - 0.02, lat - 0.02],
  ];
  return {
    ags,
    slug: slugify(name),
    name,
    population: 1000,
    areaKm2: 10,
    labelLat: lat,
    labelLng: lng,
    boundary: { type: "Polygon", coordinates: [ring] },
    osmRelationId: null,
    datasetId: "bkg-vg250-ew",
  };
}

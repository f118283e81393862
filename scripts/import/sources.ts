import fs from "node:fs";
import path from "node:path";
import { SOURCE_FILES, type SourceTexts } from "./convert";

/** Reads the source files the conversion needs from a folder such as ../shared/data. */
export function readSourceTexts(dir: string): SourceTexts {
  const read = (file: string) => fs.readFileSync(path.join(dir, file), "utf8");
  return {
    municipalitiesGeojson: read(SOURCE_FILES.municipalitiesGeojson),
    municipalitiesCsv: read(SOURCE_FILES.municipalitiesCsv),
    districtGeojson: read(SOURCE_FILES.districtGeojson),
    postcodesCsv: read(SOURCE_FILES.postcodesCsv),
    schoolsCsv: read(SOURCE_FILES.schoolsCsv),
    einrichtungenCsv: read(SOURCE_FILES.einrichtungenCsv),
  };
}

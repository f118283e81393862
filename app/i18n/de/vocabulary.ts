// Labels of the catalogue's categories as the UI shows them. The German ones are the
// vocabulary's own (also indexed for search); the English catalogue translates them.
import { AUDIENCE_LABELS, CARRIER_LABELS, SECTOR_LABELS, SECTOR_SHORT_LABELS, TOPIC_LABELS } from "~/catalogue/vocabulary";

export const vocabulary = {
  sectors: { ...SECTOR_LABELS },
  sectorsShort: { ...SECTOR_SHORT_LABELS },
  topics: { ...TOPIC_LABELS },
  audiences: { ...AUDIENCE_LABELS },
  carriers: { ...CARRIER_LABELS },
  kinds: { einrichtung: "Einrichtung", angebot: "Angebot / Programm" },
  kindsPlural: { einrichtung: "Einrichtungen", angebot: "Angebote und Programme" },
};

/** Labels of the source-specific facts an institution may carry (see `facts` in db/schema.ts). */
export const FACT_LABELS: Record<string, string> = {
  schuelerInsgesamt: "Schülerinnen und Schüler (2015)",
  klassenInsgesamt: "Klassen (2015)",
  schulId: "Schulnummer",
  fax: "Fax",
  aussenstellen: "Außenstellen",
};

import { describe, expect, it } from "vitest";
import { classifyOffer } from "../../scripts/import/rules";

describe("classifyOffer", () => {
  it.each([
    [
      "Bildungsgang AVdual",
      "Ausbildungsvorbereitung dual (AVdual) im Landkreis Ludwigsburg",
      "Jugendliche mit oder ohne Hauptschulabschluss ohne Ausbildungsplatz",
      null,
      { sector: "schule", topics: ["uebergang-schule-beruf"], audiences: ["beratung"] },
    ],
    [
      "Sprachförderung / VABO",
      "VABO-Klassen an den beruflichen Schulen des Landkreises",
      "Neu zugewanderte Jugendliche ohne ausreichende Deutschkenntnisse (ca. 15–18 Jahre)",
      null,
      { sector: "schule", topics: ["sprachfoerderung", "uebergang-schule-beruf", "integration"], audiences: ["beratung"] },
    ],
    [
      "Sprachförderung / Vorbereitungsklassen (VKL)",
      "Vorbereitungsklassen (VKL) an allgemeinbildenden Schulen",
      "Neu zugewanderte Schülerinnen und Schüler",
      null,
      { sector: "schule", topics: ["sprachfoerderung", "integration"], audiences: ["beratung"] },
    ],
    [
      "Übergang Schule–Beruf",
      "Regionales Übergangsmanagement (RÜM) Landkreis Ludwigsburg",
      "Jugendliche im Übergang Schule–Beruf",
      null,
      { sector: "schule", topics: ["uebergang-schule-beruf"], audiences: ["beratung"] },
    ],
    [
      "Ausbildungsmesse",
      "Berufsausbildungsmesse (bam) Ludwigsburg",
      "Schülerinnen und Schüler vor dem Abschluss, Eltern",
      null,
      { sector: "schule", topics: ["uebergang-schule-beruf", "berufsorientierung"], audiences: ["familien", "beratung"] },
    ],
    [
      "Ausbildungsmesse",
      "Ausbildungsmesse „Plan A“ (Jobcenter Landkreis Ludwigsburg)",
      "Jugendliche und junge Erwachsene auf Ausbildungssuche",
      "jugendhilfe",
      { sector: "jugendhilfe", topics: ["uebergang-schule-beruf", "berufsorientierung"], audiences: ["beratung"] },
    ],
    [
      "Musikalische Bildung Kita/Grundschule",
      "MusikImpulse (Jugendmusikschule Ludwigsburg)",
      "Kinder ab ca. 4 Jahren bis Grundschulalter",
      "kultur",
      { sector: "kultur", topics: ["musik"], audiences: ["familien"] },
    ],
    [
      "Kulturelle Bildung / Schulprojekt",
      "Kulturschule 2020 – Friedrich-Schiller-Gymnasium Ludwigsburg",
      "Schülerinnen und Schüler, Lehrkräfte",
      "schule",
      { sector: "schule", topics: ["kunst"], audiences: ["lehrkraefte"] },
    ],
    [
      "Kinderuni",
      "Kinderuni Ludwigsburg",
      "Kinder im Grundschulalter",
      null,
      { sector: "kultur", topics: ["mint"], audiences: ["familien"] },
    ],
    [
      "MINT-Frühbildung",
      "„Haus der kleinen Forscher“ – Netzwerk Region Stuttgart",
      "Pädagogische Fachkräfte in Kitas und Grundschulen; Kinder 0–10 Jahre",
      null,
      { sector: "kita", topics: ["mint"], audiences: ["familien", "lehrkraefte"] },
    ],
    [
      "Willkommensbesuche / Frühe Hilfen",
      "„Hallo Baby!“ – Willkommensbesuche der Stadt Ludwigsburg",
      "Familien mit Neugeborenen in Ludwigsburg",
      null,
      { sector: "jugendhilfe", topics: ["fruehe-hilfen"], audiences: ["familien"] },
    ],
    [
      "Kita-Anmeldung",
      "Zentrale Kita-Anmeldung der Stadt Ludwigsburg (Elternportal)",
      "Eltern von Kindern 0–6 Jahre",
      null,
      { sector: "kita", topics: [], audiences: ["familien"] },
    ],
    [
      "Jugendbeteiligung",
      "Jugenddelegation Kornwestheim (JuDeKo)",
      "Jugendliche in Kornwestheim",
      null,
      { sector: "jugendhilfe", topics: ["beteiligung"], audiences: [] },
    ],
    [
      "Sprachmittlung",
      "Interkulturelle Sprach- und Kulturmittler (Bildungsregion)",
      "Familien mit Migrationsgeschichte, Kitas und Schulen",
      null,
      { sector: "schule", topics: ["integration"], audiences: ["familien", "lehrkraefte"] },
    ],
    [
      "Projektgruppen",
      "Projektgruppen der Bildungsregion: Übergang Kindergarten–Schule, Sprachförderung Grundschule, Übergang Schule–Beruf",
      "Kitas, Grundschulen, weiterführende und berufliche Schulen",
      null,
      {
        sector: "schule",
        topics: ["uebergang-kita-schule", "sprachfoerderung", "uebergang-schule-beruf"],
        audiences: ["lehrkraefte"],
      },
    ],
    [
      "Hochschulinformation",
      "Ludwigsburger Hochschultag",
      "Studieninteressierte, Schüler, Öffentlichkeit",
      null,
      { sector: "weiterbildung", topics: [], audiences: [] },
    ],
    [
      "Berufliche Bildung / Industrie 4.0",
      "Lernfabrik 4.0 (Berufliches Schulzentrum Bietigheim-Bissingen mit Carl-Schaefer-Schule)",
      "Auszubildende und Schüler beruflicher Schulen",
      "schule",
      { sector: "schule", topics: ["mint"], audiences: [] },
    ],
    [
      "Quartiersprojekt / Familienbildung",
      "BIWAQ-Projekte im Stadtteil Grünbühl",
      "Junge Menschen, Frauen, Langzeitarbeitslose im Stadtteil",
      null,
      { sector: "weiterbildung", topics: [], audiences: [] },
    ],
    ["Gremium", "Runder Tisch", "Öffentlichkeit", null, { sector: "weiterbildung", topics: [], audiences: [] }],
  ] as const)("%s: %s", (subtype, name, targetGroup, institutionSector, expected) => {
    const { sectorReason, ...result } = classifyOffer({ subtype, name, targetGroup }, institutionSector);
    expect(result).toEqual(expected);
    expect(sectorReason).not.toBe("");
  });

  it("lets a sector rule win over the linked institution", () => {
    const result = classifyOffer(
      { subtype: "Berufsorientierung / VABO", name: "KooBO-Z an der Mathilde-Planck-Schule", targetGroup: null },
      "kultur",
    );
    expect(result.sector).toBe("schule");
  });
});

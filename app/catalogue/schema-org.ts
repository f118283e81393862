// schema.org markup of an entry: which type it is (from the catalogue's sector and types) and
// the JSON-LD object the detail page embeds. Only what the catalogue holds is said; a missing
// field is left out, never guessed. Pure, so the mapping is tested table by table.
import type { EntryDetail } from "./details.server";
import type { EntryKind, Sector } from "./vocabulary";

/** What each type is in schema.org's hierarchy decides which properties it may carry. */
const TYPES = {
  School: { organization: true, place: true },
  Preschool: { organization: true, place: true },
  ChildCare: { organization: true, place: true },
  CollegeOrUniversity: { organization: true, place: true },
  EducationalOrganization: { organization: true, place: true },
  Library: { organization: true, place: true },
  ArchiveOrganization: { organization: true, place: true },
  MovieTheater: { organization: true, place: true },
  GovernmentOrganization: { organization: true, place: false },
  Organization: { organization: true, place: false },
  Museum: { organization: false, place: true },
  PerformingArtsTheater: { organization: false, place: true },
  MusicVenue: { organization: false, place: true },
  LandmarksOrHistoricalBuildings: { organization: false, place: true },
  Course: { organization: false, place: false },
  Event: { organization: false, place: false },
  Service: { organization: false, place: false },
  Thing: { organization: false, place: false },
} as const satisfies Record<string, { organization: boolean; place: boolean }>;

export type SchemaOrgType = keyof typeof TYPES;

/**
 * Institutions: by type within their sector (the first of the entry's types that has a
 * mapping wins), else the sector's default.
 */
export const INSTITUTION_TYPES: Record<Sector, { byType: Record<string, SchemaOrgType>; otherwise: SchemaOrgType }> = {
  kita: {
    byType: {
      Kita: "Preschool",
      Kindergarten: "Preschool",
      Kinderhaus: "Preschool",
      "Natur- und Waldkindergarten": "Preschool",
      Schulkindergarten: "Preschool",
      Krippe: "ChildCare",
      "Kita-Träger": "Organization",
    },
    // Familienzentren with a Kita and other care settings.
    otherwise: "ChildCare",
  },
  schule: { byType: {}, otherwise: "School" },
  jugendhilfe: {
    byType: {
      Jugendamt: "GovernmentOrganization",
      Jobcenter: "GovernmentOrganization",
      Kindertagespflege: "ChildCare",
    },
    otherwise: "Organization",
  },
  kultur: {
    byType: {
      Museum: "Museum",
      Bibliothek: "Library",
      Archiv: "ArchiveOrganization",
      Theater: "PerformingArtsTheater",
      Konzerthaus: "MusicVenue",
      Kino: "MovieTheater",
      Gedenkstätte: "LandmarksOrHistoricalBuildings",
      Musikschule: "EducationalOrganization",
      Jugendkunstschule: "EducationalOrganization",
      Medienzentrum: "EducationalOrganization",
      Schülerlabor: "EducationalOrganization",
      "Außerschulischer Lernort": "EducationalOrganization",
    },
    otherwise: "Organization",
  },
  weiterbildung: {
    byType: {
      Hochschule: "CollegeOrUniversity",
      Hochschulweiterbildung: "CollegeOrUniversity",
      Kammer: "Organization",
    },
    // Volkshochschulen, Familienbildung, Erwachsenenbildung, the ADK (typed "Theater" here) …
    otherwise: "EducationalOrganization",
  },
};

/**
 * Offers and programmes are courses unless their type (free text from the editors) says they
 * are a body, an office, a fair, a service or a prize. First match wins.
 */
export const OFFER_RULES: readonly (readonly [RegExp, SchemaOrgType])[] = [
  [/schulaufsicht|bildungsbüro|trägerschaft/i, "GovernmentOrganization"],
  [/gremium|projektgruppe|familienzentren/i, "Organization"],
  [/messe|hochschultag|hochschulinformation/i, "Event"],
  [/auszeichnung|preis/i, "Thing"],
  [/anmeldung|beratung|sprachmittlung|willkommensbesuch|finanzierung/i, "Service"],
];

export function schemaOrgType(entry: { kind: EntryKind; sector: Sector; types: readonly string[] }): SchemaOrgType {
  if (entry.kind === "angebot") {
    for (const [pattern, type] of OFFER_RULES) {
      if (entry.types.some((t) => pattern.test(t))) return type;
    }
    return "Course";
  }
  const rules = INSTITUTION_TYPES[entry.sector];
  for (const t of entry.types) {
    const type = rules.byType[t];
    if (type) return type;
  }
  return rules.otherwise;
}

export type JsonLdEntry = Pick<
  EntryDetail,
  | "kind" | "sector" | "types" | "title" | "description" | "street" | "postcode" | "town" | "lat" | "lng"
  | "geoPrecision" | "phone" | "email" | "website" | "ageMin" | "ageMax"
> & { municipality: { name: string } | null };

type JsonObject = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | JsonObject | JsonValue[];

function compact(object: Record<string, JsonValue | null | undefined>): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(object)) {
    if (value !== null && value !== undefined && value !== "") result[key] = value;
  }
  return result;
}

function postalAddress(entry: JsonLdEntry): JsonObject | null {
  if (!entry.street && !entry.postcode && !entry.town) return null;
  return compact({
    "@type": "PostalAddress",
    streetAddress: entry.street,
    postalCode: entry.postcode,
    addressLocality: entry.town ?? entry.municipality?.name,
    // Every entry lies in the Landkreis Ludwigsburg.
    addressCountry: "DE",
  });
}

/** Only a position a source states; a Gemeinde's label point is not the entry's place. */
function geo(entry: JsonLdEntry): JsonObject | null {
  if (entry.geoPrecision !== "exact" || entry.lat === null || entry.lng === null) return null;
  return { "@type": "GeoCoordinates", latitude: entry.lat, longitude: entry.lng };
}

/** schema.org's format: "6-10", "3-" (from 3), "-6" is not defined, so "0-6". */
function ageRange(entry: JsonLdEntry): string | null {
  if (entry.ageMin === null && entry.ageMax === null) return null;
  if (entry.ageMax === null) return `${entry.ageMin}-`;
  return `${entry.ageMin ?? 0}-${entry.ageMax}`;
}

/**
 * The JSON-LD of an entry's page. `pageUrl` is the canonical URL of /angebote/:slug;
 * `provider` the institution that runs an offer, with the URL of its page.
 */
export function entryJsonLd(entry: JsonLdEntry, pageUrl: string, provider?: { name: string; url: string } | null): JsonObject {
  const type = schemaOrgType(entry);
  const { organization, place } = TYPES[type];
  const address = postalAddress(entry);
  const position = geo(entry);
  const base = {
    "@context": "https://schema.org",
    "@type": type,
    "@id": `${pageUrl}#eintrag`,
    name: entry.title,
    description: entry.description,
    url: entry.website,
    mainEntityOfPage: pageUrl,
  };
  const providerLd = provider ? { "@type": "Organization", name: provider.name, url: provider.url } : null;

  if (organization || place) {
    return compact({
      ...base,
      address,
      telephone: entry.phone,
      email: organization ? entry.email : null,
      geo: place ? position : null,
      parentOrganization: organization ? providerLd : null,
    });
  }
  const location =
    address || position
      ? compact({ "@type": "Place", name: entry.municipality?.name, address, geo: position })
      : null;
  switch (type) {
    case "Course":
      return compact({ ...base, provider: providerLd, typicalAgeRange: ageRange(entry) });
    case "Event":
      return compact({ ...base, organizer: providerLd, location, typicalAgeRange: ageRange(entry) });
    case "Service":
      return compact({ ...base, provider: providerLd, areaServed: location });
    default:
      return compact(base);
  }
}

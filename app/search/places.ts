// Understands places in a search: Gemeinde names, their short forms and postcodes in the
// query text, the `ort` parameter, and distances. Pure; the gazetteer comes from the catalogue.

export type Place = { slug: string; name: string; lat: number; lng: number; postcodes: string[] };

export type Gazetteer = {
  places: Map<string, Place>;
  /** Normalized alias (words joined by one space) → Gemeinden it names. */
  aliases: Map<string, string[]>;
  /** Postcode → Gemeinden it belongs to (71672, 71711 and 71706 belong to several). */
  postcodes: Map<string, string[]>;
  longestAlias: number;
};

/** Lowercase without umlauts or accents, both spellings alike: "Mörike", "Moerike" → "morike". */
export function foldGerman(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([aou])e/g, "$1");
}

/** Key for place names: "Markgröningen", "markgroeningen", "Marbach a. N." → "markgroningen", "marbach a n". */
export function placeKey(text: string): string {
  return foldGerman(text)
    .replace(/[.,;:!?()"„“”']/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const RIVER_SUFFIX = /^(.*?) (am Neckar|an der Enz|an der Murr)$/;
const RIVER_ABBREVIATIONS: Record<string, string[]> = {
  "am Neckar": ["a N", "a. N."],
  "an der Enz": ["a d E", "a. d. Enz", "an der Enz"],
  "an der Murr": ["a d M", "a. d. Murr"],
};

/** Every way people write a Gemeinde: full name, without the river, with its abbreviation, each part of a double name. */
export function aliasesOf(name: string): string[] {
  const aliases = new Set([name]);
  const river = RIVER_SUFFIX.exec(name);
  if (river?.[1] && river[2]) {
    aliases.add(river[1]);
    for (const abbreviation of RIVER_ABBREVIATIONS[river[2]] ?? []) aliases.add(`${river[1]} ${abbreviation}`);
  }
  if (name.includes("-")) for (const part of name.split("-")) aliases.add(part);
  return [...aliases];
}

export function buildGazetteer(places: Place[]): Gazetteer {
  const aliases = new Map<string, string[]>();
  const postcodes = new Map<string, string[]>();
  for (const place of places) {
    for (const alias of aliasesOf(place.name)) {
      const key = placeKey(alias);
      aliases.set(key, [...new Set([...(aliases.get(key) ?? []), place.slug])]);
    }
    for (const code of place.postcodes) postcodes.set(code, [...(postcodes.get(code) ?? []), place.slug]);
  }
  const longestAlias = Math.max(1, ...[...aliases.keys()].map((key) => key.split(" ").length));
  return { places: new Map(places.map((place) => [place.slug, place])), aliases, postcodes, longestAlias };
}

/** Words after which a Gemeinde name means the district, not the town ("Landkreis Ludwigsburg"). */
const DISTRICT_WORDS = new Set(["landkreis", "landkreises", "kreis", "kreises", "lk", "landratsamt"]);

export type PlaceMatch = { text: string; slugs: string[] };

/**
 * Finds Gemeinde names and postcodes in a query. Returns the remaining words and what was
 * recognised; longer names win ("Marbach am Neckar" before "Marbach").
 */
export function extractPlaces(query: string, gazetteer: Gazetteer): { rest: string; matches: PlaceMatch[] } {
  const words = query.split(/\s+/).filter(Boolean);
  const rest: string[] = [];
  const matches: PlaceMatch[] = [];
  let index = 0;
  while (index < words.length) {
    const previous = index > 0 ? placeKey(words[index - 1] ?? "") : "";
    let matched: { length: number; slugs: string[] } | null = null;
    if (!DISTRICT_WORDS.has(previous)) {
      const word = words[index] ?? "";
      if (/^\d{5}$/.test(word) && gazetteer.postcodes.has(word)) {
        matched = { length: 1, slugs: gazetteer.postcodes.get(word) ?? [] };
      } else {
        for (let length = Math.min(gazetteer.longestAlias, words.length - index); length > 0; length--) {
          const slugs = gazetteer.aliases.get(placeKey(words.slice(index, index + length).join(" ")));
          if (slugs) {
            matched = { length, slugs };
            break;
          }
        }
      }
    }
    if (matched) {
      matches.push({ text: words.slice(index, index + matched.length).join(" "), slugs: matched.slugs });
      index += matched.length;
    } else {
      rest.push(words[index] ?? "");
      index += 1;
    }
  }
  return { rest: rest.join(" "), matches };
}

export type OrtResolution =
  | { kind: "point"; lat: number; lng: number; label: string; slug: string }
  | { kind: "ambiguous"; postcode: string; options: { slug: string; name: string }[] }
  | { kind: "unknown" };

/**
 * `ort` is a postcode, a Gemeinde slug or a Gemeinde name. A postcode has no point of its
 * own in the open data, so it stands for its Gemeinde's label point.
 */
export function resolveOrt(ort: string, gazetteer: Gazetteer): OrtResolution {
  const value = ort.trim();
  const pointOf = (slug: string, label: string): OrtResolution => {
    const place = gazetteer.places.get(slug);
    return place ? { kind: "point", lat: place.lat, lng: place.lng, label, slug } : { kind: "unknown" };
  };
  if (/^\d{5}$/.test(value)) {
    const slugs = gazetteer.postcodes.get(value) ?? [];
    const [only] = slugs;
    if (slugs.length === 1 && only) return pointOf(only, `${value} ${gazetteer.places.get(only)?.name ?? ""}`.trim());
    if (slugs.length > 1) {
      return {
        kind: "ambiguous",
        postcode: value,
        options: slugs.map((slug) => ({ slug, name: gazetteer.places.get(slug)?.name ?? slug })),
      };
    }
    return { kind: "unknown" };
  }
  const bySlug = gazetteer.places.get(value);
  if (bySlug) return pointOf(bySlug.slug, bySlug.name);
  const slugs = gazetteer.aliases.get(placeKey(value)) ?? [];
  const [first] = slugs;
  if (slugs.length === 1 && first) return pointOf(first, gazetteer.places.get(first)?.name ?? value);
  return { kind: "unknown" };
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "850 m", "1,2 km", "12 km" */
export function formatDistance(km: number): string {
  if (km < 1) return `${Math.max(10, Math.round((km * 1000) / 10) * 10)} m`;
  if (km < 10) return `${km.toLocaleString("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} km`;
  return `${Math.round(km).toLocaleString("de-DE")} km`;
}

/** For positions known only to the Gemeinde: whole kilometres, "ca. 3 km", "unter 1 km". */
export function formatApproximateDistance(km: number): string {
  return km < 1 ? "ca. unter 1 km" : `ca. ${Math.round(km).toLocaleString("de-DE")} km`;
}

// Turns parsed parameters into what the engine is asked: the words to search, the filters
// (including Gemeinden recognised in the query), the origin for distances and the sort.
import { search as germanTexts } from "~/i18n/de/search";
import { search as englishTexts } from "~/i18n/en/search";
import type { Locale } from "~/i18n/locale";
import type { BBox } from "~/map/types";
import type { FilterSelection } from "./filter";
import type { SearchParams, Sort } from "./params";
import { extractPlaces, resolveOrt, type Gazetteer, type PlaceMatch } from "./places";

export type Origin = {
  lat: number;
  lng: number;
  label: string;
  /** A postcode or Gemeinde stands for the Gemeinde's label point, not an address. */
  approximate: boolean;
};

export type SearchPlan = {
  /** The words sent to the engine. */
  q: string;
  selection: FilterSelection;
  alter: number | null;
  origin: Origin | null;
  radiusKm: number | null;
  /** Only entries inside this map section. */
  bbox: BBox | null;
  sort: Sort;
  page: number;
  /** Place words in the query that became a Gemeinde filter. */
  recognised: { text: string; municipalities: { slug: string; name: string }[] }[];
  /** `ort` is a postcode of several Gemeinden: the person picks one. */
  ortChoices: { slug: string; name: string }[] | null;
  ortUnknown: boolean;
};

function named(slugs: string[], gazetteer: Gazetteer) {
  return slugs.map((slug) => ({ slug, name: gazetteer.places.get(slug)?.name ?? slug }));
}

const YOUR_LOCATION: Record<Locale, string> = { de: germanTexts.yourLocation, en: englishTexts.yourLocation };

/** `locale` names the browser's position ("Ihr Standort") in the page's language. */
export function planSearch(params: SearchParams, gazetteer: Gazetteer, locale: Locale = "de"): SearchPlan {
  // Place names in the words become a Gemeinde filter, unless the person asked to search
  // them as words. Without this, compound matching finds "Sachsenheim" in "Kornwestheim".
  const { rest, matches }: { rest: string; matches: PlaceMatch[] } = params.woertlich
    ? { rest: params.q, matches: [] }
    : extractPlaces(params.q, gazetteer);
  const recognisedSlugs = matches.flatMap((match) => match.slugs);
  const gemeinde = [...new Set([...params.gemeinde, ...recognisedSlugs])];

  let origin: Origin | null = null;
  let ortChoices: SearchPlan["ortChoices"] = null;
  let ortUnknown = false;
  if (params.lat !== null && params.lng !== null) {
    origin = { lat: params.lat, lng: params.lng, label: YOUR_LOCATION[locale], approximate: false };
  } else if (params.ort) {
    const resolved = resolveOrt(params.ort, gazetteer);
    if (resolved.kind === "point") origin = { lat: resolved.lat, lng: resolved.lng, label: resolved.label, approximate: true };
    else if (resolved.kind === "ambiguous") ortChoices = resolved.options;
    else ortUnknown = true;
  }

  return {
    q: rest,
    selection: {
      kategorie: params.kategorie,
      typ: params.typ,
      thema: params.thema,
      zielgruppe: params.zielgruppe,
      art: params.art,
      gemeinde,
    },
    alter: params.alter,
    origin,
    radiusKm: origin ? params.umkreis : null,
    bbox: params.bbox,
    sort: origin || params.sort !== "entfernung" ? params.sort : "relevanz",
    page: params.seite,
    recognised: matches.map((match) => ({ text: match.text, municipalities: named(match.slugs, gazetteer) })),
    ortChoices,
    ortUnknown,
  };
}

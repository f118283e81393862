// The URL is the state of a search. One parser turns query parameters into SearchParams;
// one serializer turns them back into a URL that leaves defaults out.
import { z } from "zod";
import { SECTORS, type Sector } from "~/catalogue/vocabulary";

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 100;

export type SearchParams = {
  q: string;
  kategorie: Sector[];
  gemeinde: string[];
  seite: number;
};

export type ParamIssue = { param: string; message: string };

export const DEFAULT_SEARCH_PARAMS: SearchParams = { q: "", kategorie: [], gemeinde: [], seite: 1 };

const sector = z.enum(SECTORS);
const municipalitySlug = z.string().regex(/^[a-z0-9-]{2,60}$/);
const page = z.coerce.number().int().min(1).max(MAX_PAGE);

/**
 * Parses search parameters. Bad values fall back to their default and are reported as
 * issues in German, so a page can show a notice and an API can answer 400.
 * `knownMunicipalities` restricts `gemeinde` to real Gemeinde slugs.
 */
export function parseSearchParams(
  url: URLSearchParams,
  knownMunicipalities: ReadonlySet<string>,
): { params: SearchParams; issues: ParamIssue[] } {
  const issues: ParamIssue[] = [];

  let q = (url.get("q") ?? "").replace(/\s+/g, " ").trim();
  if (q.length > MAX_QUERY_LENGTH) {
    issues.push({
      param: "q",
      message: `Der Suchbegriff ist zu lang (höchstens ${MAX_QUERY_LENGTH} Zeichen).`,
    });
    q = q.slice(0, MAX_QUERY_LENGTH).trim();
  }

  const kategorie: Sector[] = [];
  for (const value of url.getAll("kategorie").filter(Boolean)) {
    const parsed = sector.safeParse(value);
    if (parsed.success) kategorie.push(parsed.data);
    else issues.push({ param: "kategorie", message: `Die Kategorie „${value.slice(0, 40)}“ gibt es nicht.` });
  }

  const gemeinde: string[] = [];
  for (const value of url.getAll("gemeinde").filter(Boolean)) {
    const parsed = municipalitySlug.safeParse(value);
    if (parsed.success && knownMunicipalities.has(parsed.data)) gemeinde.push(parsed.data);
    else issues.push({ param: "gemeinde", message: `Die Gemeinde „${value.slice(0, 60)}“ liegt nicht im Landkreis Ludwigsburg.` });
  }

  let seite = 1;
  const rawPage = url.get("seite");
  if (rawPage !== null && rawPage !== "") {
    const parsed = page.safeParse(rawPage);
    if (parsed.success) seite = parsed.data;
    else issues.push({ param: "seite", message: `„${rawPage.slice(0, 20)}“ ist keine gültige Seitenzahl (1 bis ${MAX_PAGE}).` });
  }

  return {
    params: { q, kategorie: [...new Set(kategorie)], gemeinde: [...new Set(gemeinde)], seite },
    issues,
  };
}

/** Serializes params for links; defaults are left out so URLs stay short and canonical. */
export function toSearchQuery(params: Partial<SearchParams>): string {
  const url = new URLSearchParams();
  if (params.q) url.set("q", params.q);
  for (const value of params.kategorie ?? []) url.append("kategorie", value);
  for (const value of params.gemeinde ?? []) url.append("gemeinde", value);
  if (params.seite && params.seite > 1) url.set("seite", String(params.seite));
  const query = url.toString();
  return query ? `?${query}` : "";
}

export function hasCriteria(params: SearchParams): boolean {
  return params.q !== "" || params.kategorie.length > 0 || params.gemeinde.length > 0;
}

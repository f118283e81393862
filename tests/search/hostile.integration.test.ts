// Hostile input over HTTP: filter syntax, quotes, control and private-use characters, broken
// percent-encoding, huge and repeated parameters, malformed map sections, against the built
// app served by scripts/serve.ts on a test catalogue. One institution is set to draft before indexing, so it
// must never be found. The requests are generated deterministically (fixed seed).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions } from "../../db/schema";
import { catalogueTypes, municipalityNames } from "~/catalogue/places.server";
import { SECTORS } from "~/catalogue/vocabulary";
import { parseSearchParams, type ParseContext } from "~/search/params";
import { ensureSearchKey } from "~/search/meili.server";
import { rebuildIndex } from "~/search/sync.server";
import { createTempCatalogue, findInstitution, type TempCatalogue } from "../support/catalogue";
import { dropTestIndex, testEngineConfig } from "../support/engine";
import { serveApp, type ServedApp } from "../support/server";

const DRAFT_NAME = "Schwäbisches Schnapsmuseum Bönnigheim";
const CONCURRENCY = 8;
/** Node's HTTP server rejects request heads over 16 KiB with 431 before the app sees them. */
const NODE_MAX_HEADER_BYTES = 16 * 1024;

const config = testEngineConfig("hostile");
let catalogue: TempCatalogue;
let app: ServedApp | undefined;
let draft: { id: number; slug: string };

// ---------------------------------------------------------------------------------------
// The inputs

const TEXT_VALUES: string[] = [
  "", " ", "kita", '"', "'", "\\", '\\"', '"\\', '\\\\"', "\\u0022",
  'x" OR category = "kita', '" OR 1=1 --', "' OR '1'='1' --", "OR", "AND", "NOT", "OR AND OR", "kita OR schule",
  'category = "schule"', 'kita" OR category = "schule', "municipalitySlug EXISTS", "ageMin < 100 OR ageMax > 0",
  'kita") OR (category = "schule', "category IN [kita, schule]", "status = draft",
  "_geoRadius(48.9, 9.2, 100000)", "_geoRadius(", "_geoBoundingBox([49.3, 8.6], [48.5, 9.8])", "_geoBoundingBox(",
  "_geoPoint(0, 0):asc", "title:desc", "_geo", "*",
  "(", ")", "[", "]", "{}", "?", "#", "&", "=", "+", "%", "%%", ";", ",", "..", "../../etc/passwd",
  "\u0000", "\u0001\u0002\u0003", "\t\n\r", "\u007f", "\u0085\u009f", "\u2028\u2029", "\u200b\u200e\u202e",
  "\uE000", "\uE001", "\uE000Kita\uE001", "Kita\uE000", "\uF8FF", "\uFEFF", "\uFFFD",
  "<script>window.__pwned=1</script>", '"><script>window.__pwned=1</script>', "</title><script>window.__pwned=1</script>",
  "<img src=x onerror=window.__pwned=1>", "<svg onload=window.__pwned=1>", "javascript:alert(1)",
  "{{constructor.constructor('x')()}}", "${7*7}",
  "A".repeat(10_000), "Kita ".repeat(2_000), "ä".repeat(10_000),
  "😀🏫", "Straße Ärger Öl Übung ß", "ＫＩＴＡ", "K\u0301ita",
  "__proto__", "constructor", "toString", "null", "undefined", "[]", "NaN",
  DRAFT_NAME, "Schnapsmuseum", "Schnapsmuseum Bönnigheim",
];

const NUMBER_VALUES: string[] = [
  "", "-1", "0", "1", "2", "5", "20", "99", "100", "101", "-0", "1.5", "1e3", "1e0", "1e309", "-1e309",
  "Infinity", "-Infinity", "NaN", "0x10", "0b1", "1_000", "９", "9".repeat(400), "1e-400", " 5 ", "5km",
  "48.9", "9.2", "48,9", "-48.9", "null", "true", "[]", "\u0000", "\uE0005",
];

/** Inserted into the URL as they are: broken or unusual percent-encoding. */
const RAW_VALUES: string[] = [
  "%", "%%", "%E0%A4%A", "%ZZ", "%C3", "%C3%28", "%FF%FE", "%00", "%2", "%%32%30", "%ED%A0%80", "%C0%AF",
  "%F4%90%80%80", "%u0041", "%E2%80%AE", "kita%", "%0Akita",
];

/** Map sections (`bbox=west,south,east,north`): valid, malformed, inverted, world-sized, out of range. */
const BBOX_VALUES: string[] = [
  "9.1,48.85,9.3,48.95", "8.6,48.5,9.8,49.3", "9.1, 48.85 ,9.3,48.95", "+9.1,48.85,9.3,48.95", "-0,-0,0,0",
  "1,2,3", "1,2,3,4,5", ",,,", ",", "", "1,2,3,", "9.1,48.85,9.3,48.95,", "[9.1,48.85,9.3,48.95]", "9.1;48.85;9.3;48.95",
  "9,1,48,85", "9.3,48.85,9.1,48.95", "9.1,48.95,9.3,48.85", "9.1,48.85,9.1,48.95", "9.100001,48.85,9.100004,48.95",
  "-180,-90,180,90", "-180,-85.05,180,85.05", "0,0,1.5,1.5", "8.5,48.5,10.01,49", "13.3,52.4,13.5,52.6",
  "9.1,48.85,181,48.95", "9.1,-91,9.3,48.95", "-181,48.85,9.3,48.95", "9.1,48.85,9.3,91",
  "NaN,NaN,NaN,NaN", "NaN,48.85,9.3,48.95", "Infinity,48.85,9.3,48.95", "-Infinity,48.85,9.3,48.95",
  "1e309,48.85,9.3,48.95", "9.1,48.85,9.3,1e300", "1e-400,48.85,9.3,48.95", `${"9".repeat(400)},48.85,9.3,48.95`,
  `9.${"1".repeat(400)},48.85,9.3,48.95`, "0x10,48.85,9.3,48.95", "9.1e0,48.85e0,9.3e0,48.95e0", "９.1,48.85,9.3,48.95",
  "null,null,null,null", "true,1,2,3", "9.1,48.85,9.3,48.95\u0000", "9.1\u0000,48.85,9.3,48.95",
  "_geoBoundingBox([49.3, 8.6], [48.5, 9.8])", '9.1,48.85,9.3,48.95") OR category = "schule', "9.1,48.85,9.3,48.95 OR 1=1",
  "\uE0009.1,48.85,9.3,48.95\uE001",
];

/** Broken percent-encoding in map sections, sent as it is. */
const RAW_BBOX_VALUES: string[] = [
  "%2C%2C%2C", "9.1%2C48.85%2C9.3%2C48.95", "9.1%2C48.85%2C9.3%2C48.9%", "%E0%A4%A,48.85,9.3,48.95", "9.1,48.85,9.3,48.95%00",
  "9.1,48.85,9.3,%FF%FE", "%C0%AF9.1,48.85,9.3,48.95", "9.1%2G48.85,9.3,48.95",
];

const VIEW_VALUES = ["karte", "liste", "KARTE", "Karte", "map", "", "karte,liste", "\u0000karte"];

const TEXT_PARAMS = ["q", "kategorie", "typ", "thema", "zielgruppe", "art", "gemeinde", "ort", "sort", "woertlich", "bbox", "ansicht"];
const NUMBER_PARAMS = ["alter", "seite", "lat", "lng", "umkreis"];
const RAW_PARAMS = ["q", "kategorie", "gemeinde", "ort", "seite", "alter", "lat", "umkreis", "typ"];

const enc = encodeURIComponent;

/** mulberry32: a small PRNG with a fixed seed, so every run sends the same requests. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildRequests(slugs: string[], types: string[]): string[] {
  const urls: string[] = [];
  const searchPaths = ["/suche", "/api/v1/search", "/api/v1/pins"];

  // One hostile text value per parameter; every other one next to a real filter.
  for (const path of searchPaths) {
    const params = path === "/suche" ? ["q", "kategorie", "gemeinde", "ort", "typ", "sort"] : TEXT_PARAMS;
    for (const param of params) {
      TEXT_VALUES.forEach((value, i) => {
        urls.push(`${path}?${param}=${enc(value)}${i % 2 === 0 ? "&kategorie=kita" : ""}`);
      });
    }
  }

  // Numbers: huge, negative, NaN, Infinity, words; with the partner a number needs.
  for (const path of searchPaths) {
    for (const param of NUMBER_PARAMS) {
      NUMBER_VALUES.forEach((value, i) => {
        const partner = param === "lat" ? "&lng=9.2" : param === "lng" ? "&lat=48.9" : param === "umkreis" && i % 3 !== 0 ? "&ort=tamm" : "";
        urls.push(`${path}?${param}=${enc(value)}${partner}${i % 2 === 0 ? "&kategorie=kita" : ""}`);
      });
    }
  }

  // Broken percent-encoding, sent as it is.
  for (const path of searchPaths) {
    for (const param of RAW_PARAMS) {
      RAW_VALUES.forEach((raw, i) => urls.push(`${path}?${param}=${raw}${i % 2 === 1 ? "&kategorie=kita" : ""}`));
    }
    urls.push(`${path}?%=kita`, `${path}?q%ZZ=kita&kategorie=kita`, `${path}?%E0%A4%A=1&kategorie=kita`, `${path}?&&&=&=&kategorie=kita`);
  }

  // Map sections and views, alone and next to filters, a radius and the other view.
  for (const path of searchPaths) {
    BBOX_VALUES.forEach((value, i) => {
      const extra = ["&kategorie=kita", "", "&q=Kita&ort=71672&umkreis=5", "&ansicht=karte&kategorie=kita"][i % 4];
      urls.push(`${path}?bbox=${enc(value)}${extra}`);
    });
    RAW_BBOX_VALUES.forEach((raw, i) => urls.push(`${path}?bbox=${raw}${i % 2 === 0 ? "&kategorie=kita" : ""}`));
    VIEW_VALUES.forEach((value, i) => urls.push(`${path}?ansicht=${enc(value)}${i % 2 === 0 ? "&kategorie=kita" : ""}`));
    urls.push(
      `${path}?bbox=9.1,48.85,9.3,48.95&bbox=${enc("-180,-90,180,90")}&kategorie=kita`,
      `${path}?bbox=${enc("-180,-90,180,90")}&bbox=9.1,48.85,9.3,48.95&kategorie=kita`,
      `${path}?bbox[]=9.1,48.85,9.3,48.95&kategorie=kita`,
      `${path}?bbox=9.1&bbox=48.85&bbox=9.3&bbox=48.95&kategorie=kita`,
    );
  }

  // Repeated parameters, 200 times and more.
  const times = (part: string, n: number) => Array.from({ length: n }, () => part).join("&");
  for (const path of searchPaths) {
    urls.push(
      `${path}?${times("kategorie=kita", 200)}`,
      `${path}?${times("q=kita", 200)}&kategorie=kita`,
      `${path}?${times("seite=2", 200)}&kategorie=kita`,
      `${path}?${times("gemeinde=ludwigsburg", 200)}&kategorie=kita`,
      `${path}?${times(`kategorie=${enc('"')}`, 200)}`,
      `${path}?${times(`typ=${enc('x" OR category = "schule')}`, 200)}&kategorie=kita`,
      `${path}?${times(`thema=${enc("_geoRadius(")}`, 200)}&kategorie=kita`,
      `${path}?${slugs.flatMap((slug) => Array.from({ length: 5 }, () => `gemeinde=${enc(slug)}`)).join("&")}&kategorie=kita`,
      `${path}?${types.map((type) => `typ=${enc(type)}`).join("&")}&kategorie=kita`,
      `${path}?${types.map((type) => `typ=${enc(type)}`).join("&")}&${slugs.map((slug) => `gemeinde=${enc(slug)}`).join("&")}&kategorie=kita&alter=4&ort=71679&umkreis=20&sort=entfernung`,
      `${path}?${times("lat=48.9", 100)}&${times("lng=9.2", 100)}&umkreis=5&kategorie=kita`,
      `${path}?${times("woertlich=1", 200)}&q=Kita+Tamm&kategorie=kita`,
    );
  }

  // Arrays and objects where single values belong, unknown and framework parameters.
  const odd = [
    "q[]=kita&kategorie=kita", "q[0]=kita&q[1]=schule", "q[a]=b&kategorie=kita", "kategorie[]=kita", "kategorie[0]=kita&kategorie=kita",
    "kategorie=kita,schule", "kategorie=kita&kategorie=schule&kategorie=kita", "seite[]=2&kategorie=kita", "alter[]=4&kategorie=kita",
    "lat[]=48.9&lng[]=9.2", "q=a&q=b&q=c&kategorie=kita", "__proto__[x]=1&kategorie=kita", "constructor[prototype][x]=1&kategorie=kita",
    "foo=bar&kategorie=kita", "=kita", "kategorie", "kategorie=&kategorie=kita", "q", "q=&seite=&alter=&lat=&lng=&umkreis=&sort=",
    "_data=routes%2Fsuche&kategorie=kita", "_data=root&kategorie=kita", "_data=x", "_data=&kategorie=kita", "_data=routes%2F..%2F..%2Fetc",
    "index&kategorie=kita", "index=1", "kategorie=KITA", "kategorie=Kita", "kategorie=%20kita%20", "kategorie=ki%00ta",
    "sort=entfernung", "sort=entfernung&ort=71672&kategorie=kita", "umkreis=5", "ort=Stuttgart&umkreis=5&kategorie=kita",
    "ort=71672&umkreis=2&sort=entfernung&kategorie=kita", "lat=48.9", "lat=0&lng=0&umkreis=20", "lat=90&lng=180&kategorie=kita",
    "lat=48.89&lng=9.19&umkreis=20&sort=entfernung&kategorie=kita&seite=100",
  ];
  for (const path of searchPaths) for (const query of odd) urls.push(`${path}?${query}`);

  // Random combinations with a fixed seed.
  const random = prng(20240611);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const pools: Record<string, string[]> = {
    q: [...TEXT_VALUES.filter((value) => value.length < 200), "Kita", "Gymnasium Marbach", "Kita 71679"],
    kategorie: ["kita", "kita", "schule", '"', "kita\u0000"],
    typ: ["Kita", "Gymnasium", ...TEXT_VALUES.slice(10, 25)],
    thema: ["sprachfoerderung", "mint", "_geoRadius("],
    zielgruppe: ["familien", "x"],
    art: ["einrichtung", "angebot", "OR"],
    gemeinde: [...slugs.slice(0, 10), 'x" OR municipalitySlug EXISTS OR "'],
    ort: ["71679", "71672", "tamm", "Marbach a. N.", "\uE000", "%"],
    alter: NUMBER_VALUES,
    seite: NUMBER_VALUES,
    lat: ["48.9", ...NUMBER_VALUES],
    lng: ["9.2", ...NUMBER_VALUES],
    umkreis: NUMBER_VALUES,
    sort: ["relevanz", "entfernung", "name", "x"],
    woertlich: ["1", "0", "ja"],
    bbox: BBOX_VALUES,
    ansicht: VIEW_VALUES,
  };
  const keys = Object.keys(pools);
  for (let i = 0; i < 180; i++) {
    const parts: string[] = [];
    const count = 2 + Math.floor(random() * 5);
    for (let j = 0; j < count; j++) {
      const key = pick(keys);
      parts.push(`${key}=${enc(pick(pools[key]!))}`);
    }
    if (random() < 0.5) parts.push("kategorie=kita");
    urls.push(`${pick(searchPaths)}?${parts.join("&")}`);
  }

  // The suggestions API, when the route exists.
  for (const value of [...TEXT_VALUES, ...NUMBER_VALUES.slice(0, 10)]) urls.push(`/api/v1/suggest?q=${enc(value)}`);
  for (const raw of RAW_VALUES) urls.push(`/api/v1/suggest?q=${raw}`);
  urls.push(
    "/api/v1/suggest",
    "/api/v1/suggest?q[]=kita",
    `/api/v1/suggest?${times("q=kita", 200)}`,
    `/api/v1/suggest?q=${"k".repeat(101)}`,
    `/api/v1/suggest?q=${"k".repeat(100)}`,
  );
  return urls;
}

// ---------------------------------------------------------------------------------------
// Sending and judging

type Outcome = {
  url: string;
  status: number | "error";
  problems: { kind: Kind; detail: string }[];
  /** Whether the request asked for Kitas only and got hits to check. */
  kitaChecked: number;
};

type Kind = "5xx" | "api-contract" | "kita" | "bbox" | "draft" | "script" | "transport";

const SCRIPT_MARKERS = [/<script>window\.__pwned/i, /<img src=x onerror/i, /<svg onload/i];

/** What the parameter parser would accept as sectors, for the Kita rule. */
function acceptedSectors(url: URL): Set<string> {
  return new Set(
    url.searchParams
      .getAll("kategorie")
      .map((value) => value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\uE000-\uF8FF]/g, " ").replace(/\s+/g, " ").trim())
      .filter((value) => (SECTORS as readonly string[]).includes(value)),
  );
}

/** The loader data Remix embeds into the page (`window.__remixContext = {...};`). */
function remixLoaderData(html: string): Record<string, unknown> | null {
  const start = html.indexOf("window.__remixContext = ");
  if (start < 0) return null;
  const end = html.indexOf("</script>", start);
  const text = html.slice(start + "window.__remixContext = ".length, end).trim().replace(/;$/, "");
  try {
    const context = JSON.parse(text) as { state?: { loaderData?: Record<string, unknown> } };
    return context.state?.loaderData ?? null;
  } catch {
    return null;
  }
}

type Hit = { id?: string; slug?: string; category?: string; lat?: number | null; lng?: number | null };

let parseContext: ParseContext;

function judge(path: string, status: number, contentType: string, body: string, url: URL): Pick<Outcome, "problems" | "kitaChecked"> {
  const problems: Outcome["problems"] = [];
  const isApi = path.startsWith("/api/");
  let hits: Hit[] | null = null;
  let suggestions: Hit[] | null = null;

  if (status >= 500) problems.push({ kind: "5xx", detail: `${status}: ${body.slice(0, 200)}` });

  if (url.searchParams.has("_data")) {
    // Remix's own data-request protocol: it answers for a route id (JSON loader data) or
    // refuses unknown ids (403) before any app code runs. Only the data rules apply here.
    try {
      const data = JSON.parse(body) as { outcome?: { hits?: Hit[] }; hits?: Hit[] };
      const found = data.outcome?.hits ?? data.hits;
      if (Array.isArray(found)) hits = found;
    } catch {
      // an HTML page or an empty refusal
    }
  } else if (isApi) {
    let data: unknown = null;
    try {
      data = JSON.parse(body);
    } catch {
      // judged below
    }
    if (status !== 200 && status !== 400) problems.push({ kind: "api-contract", detail: `Status ${status}` });
    if (!contentType.includes("application/json") || data === null || typeof data !== "object") {
      problems.push({ kind: "api-contract", detail: `kein JSON (${contentType}): ${body.slice(0, 120)}` });
    } else if (path === "/api/v1/search" || path === "/api/v1/pins") {
      const record = data as { issues?: { param?: unknown; message?: unknown }[]; hits?: Hit[]; pins?: Hit[]; total?: unknown; facets?: Record<string, unknown> };
      if (status === 400) {
        const ok = Array.isArray(record.issues) && record.issues.length > 0 &&
          record.issues.every((issue) => typeof issue.param === "string" && typeof issue.message === "string" && issue.message.length > 0);
        if (!ok) problems.push({ kind: "api-contract", detail: `400 ohne issues: ${body.slice(0, 160)}` });
      }
      if (status === 200 && path === "/api/v1/pins") {
        if (!Array.isArray(record.pins) || typeof record.total !== "number") problems.push({ kind: "api-contract", detail: "200 ohne pins und total" });
        else hits = record.pins;
      } else if (status === 200) {
        if (!Array.isArray(record.hits)) problems.push({ kind: "api-contract", detail: "200 ohne hits" });
        else hits = record.hits;
        const groups = ["kategorie", "typ", "thema", "zielgruppe", "gemeinde", "art"];
        const missing = groups.filter((group) => typeof record.facets?.[group] !== "object");
        if (missing.length > 0) problems.push({ kind: "api-contract", detail: `Facetten fehlen: ${missing.join(", ")}` });
      }
    } else if (path === "/api/v1/suggest") {
      const record = data as { error?: unknown; entries?: Hit[] };
      if (status === 400 && typeof record.error !== "string") problems.push({ kind: "api-contract", detail: "400 ohne error" });
      if (status === 200) {
        if (!Array.isArray(record.entries)) problems.push({ kind: "api-contract", detail: "200 ohne entries" });
        else suggestions = record.entries;
      }
    }
  } else if (status === 200) {
    const loaderData = remixLoaderData(body) as { "routes/suche"?: { outcome?: { hits?: Hit[] } } } | null;
    const pageHits = loaderData?.["routes/suche"]?.outcome?.hits;
    if (Array.isArray(pageHits)) hits = pageHits;
    else problems.push({ kind: "api-contract", detail: "Seite ohne Suchergebnis-Daten (window.__remixContext)" });
    for (const marker of SCRIPT_MARKERS) {
      if (marker.test(body)) problems.push({ kind: "script", detail: `enthält ${marker.source}` });
    }
  }

  let kitaChecked = 0;
  const sectors = acceptedSectors(url);
  if (status === 200 && hits && sectors.size === 1 && sectors.has("kita")) {
    kitaChecked = hits.length;
    const wrong = hits.filter((hit) => hit.category !== "kita");
    if (wrong.length > 0) problems.push({ kind: "kita", detail: `${wrong.length} Treffer nicht Kita, z. B. ${wrong[0]?.slug}` });
  }

  // A map section the parser accepts must hold every hit that has a position.
  const bbox = status === 200 && hits ? parseSearchParams(url.searchParams, parseContext).params.bbox : null;
  if (bbox && hits) {
    const outside = hits.filter(
      (hit) => typeof hit.lat === "number" && typeof hit.lng === "number" &&
        (hit.lng < bbox.west || hit.lng > bbox.east || hit.lat < bbox.south || hit.lat > bbox.north),
    );
    if (outside.length > 0) problems.push({ kind: "bbox", detail: `${outside.length} Treffer außerhalb des Kartenausschnitts, z. B. ${outside[0]?.slug}` });
  }

  const found = [...(hits ?? []), ...(suggestions ?? [])].some((hit) => hit.slug === draft.slug || hit.id === `einrichtung-${draft.id}`);
  const decoded = safeDecode(url.search);
  const named = body.includes(DRAFT_NAME) && !decoded.includes(DRAFT_NAME);
  if (found || named || body.includes(`/angebote/${draft.slug}`) || body.includes(`"einrichtung-${draft.id}"`)) {
    problems.push({ kind: "draft", detail: "Entwurf in der Antwort" });
  }
  return { problems, kitaChecked };
}

function safeDecode(text: string) {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return new URLSearchParams(text).toString();
  }
}

async function send(path: string): Promise<Outcome> {
  const target = `${app?.url}${path}`;
  const url = new URL(target);
  try {
    const response = await fetch(target, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
    const body = await response.text();
    if (response.status === 431 && Buffer.byteLength(path) > NODE_MAX_HEADER_BYTES) {
      return { url: path, status: 431, problems: [], kitaChecked: 0 };
    }
    const judged = judge(url.pathname, response.status, response.headers.get("content-type") ?? "", body, url);
    return { url: path, status: response.status, ...judged };
  } catch (error) {
    return { url: path, status: "error", problems: [{ kind: "transport", detail: error instanceof Error ? error.message : String(error) }], kitaChecked: 0 };
  }
}

async function sendAll(paths: string[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const index = next++;
      outcomes[index] = await send(paths[index]!);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

// ---------------------------------------------------------------------------------------

let outcomes: Outcome[] = [];
let requests: string[] = [];
let hasSuggest = true;

beforeAll(async () => {
  catalogue = createTempCatalogue("hostile");
  const row = findInstitution(catalogue.db, DRAFT_NAME, "boennigheim").institution;
  draft = { id: row.id, slug: row.slug };
  catalogue.db.update(institutions).set({ status: "draft" }).where(eq(institutions.id, row.id)).run();
  await rebuildIndex(catalogue.db, config);
  const searchKey = await ensureSearchKey(config);
  if (!searchKey) throw new Error("Kein Suchschlüssel");
  app = await serveApp({
    databasePath: catalogue.databasePath,
    dataDir: catalogue.dir,
    meiliUrl: config.url,
    meiliIndex: config.indexUid,
    meiliSearchKey: searchKey,
  });

  hasSuggest = (await fetch(`${app.url}/api/v1/suggest?q=kita`)).status !== 404;
  const slugs = [...municipalityNames(catalogue.db).keys()];
  parseContext = { municipalities: new Set(slugs), types: new Set(catalogueTypes(catalogue.db)) };
  requests = buildRequests(slugs, catalogueTypes(catalogue.db)).filter((path) => hasSuggest || !path.startsWith("/api/v1/suggest"));
  const started = performance.now();
  outcomes = await sendAll(requests);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  const byStatus = new Map<string, number>();
  for (const outcome of outcomes) {
    const key = `${outcome.url.split("?")[0]} ${outcome.status}`;
    byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
  }
  const problems = outcomes.flatMap((outcome) => outcome.problems.map((problem) => ({ ...problem, url: outcome.url })));
  console.log(
    [
      `## Feindliche Anfragen: ${outcomes.length} in ${seconds} s (${CONCURRENCY} gleichzeitig)`,
      "",
      "| Pfad | Status | Anzahl |",
      "|---|---:|---:|",
      ...[...byStatus].sort().map(([key, count]) => `| ${key.split(" ")[0]} | ${key.split(" ")[1]} | ${count} |`),
      "",
      `Remix-Datenanfragen (\`_data\`, vom Framework beantwortet): ${outcomes
        .filter((o) => o.url.includes("_data="))
        .map((o) => `${o.url} → ${o.status}`)
        .join("; ")}`,
      "",
      `Kita-Regel an ${outcomes.filter((o) => o.kitaChecked > 0).length} Antworten mit ${outcomes.reduce((sum, o) => sum + o.kitaChecked, 0)} Treffern geprüft.`,
      problems.length === 0 ? "Keine Befunde." : `### Befunde (${problems.length})`,
      ...problems.map((problem) => `- [${problem.kind}] ${problem.url.length > 300 ? `${problem.url.slice(0, 300)}… (${problem.url.length} Zeichen)` : problem.url} → ${problem.detail}`),
    ].join("\n"),
  );
}, 600_000);

afterAll(async () => {
  await app?.stop();
  await dropTestIndex(config);
  catalogue?.cleanup();
});

function offending(kind: Kind) {
  return outcomes.flatMap((outcome) =>
    outcome.problems.filter((problem) => problem.kind === kind).map((problem) => `${outcome.url.slice(0, 300)} → ${problem.detail}`),
  );
}

describe("hostile requests against /suche and the JSON APIs (search, pins, suggestions)", () => {
  it("sends at least 500 requests, all of them answered", () => {
    expect(requests.length).toBeGreaterThanOrEqual(500);
    expect(outcomes).toHaveLength(requests.length);
    expect(offending("transport")).toEqual([]);
  });

  it("never answers with a server error", () => {
    expect(offending("5xx")).toEqual([]);
  });

  it("answers the APIs with 200 or 400 and JSON; 400 lists German issues", () => {
    expect(offending("api-contract")).toEqual([]);
  });

  it("lists only Kitas whenever Kitas alone were asked for", () => {
    expect(outcomes.filter((outcome) => outcome.kitaChecked > 0).length).toBeGreaterThan(100);
    expect(offending("kita")).toEqual([]);
  });

  it("keeps every hit inside the map section whenever one applies", () => {
    const inSection = outcomes.filter(
      (outcome) => outcome.status === 200 && parseSearchParams(new URL(outcome.url, "http://x").searchParams, parseContext).params.bbox,
    );
    expect(inSection.length).toBeGreaterThan(20);
    expect(offending("bbox")).toEqual([]);
  });

  it("never shows the draft institution", () => {
    expect(offending("draft")).toEqual([]);
  });

  it("never echoes markup from the input into a page", () => {
    expect(offending("script")).toEqual([]);
  });

  it("keeps the draft off its detail page and its Gemeinde's page, while the Gemeinde's museums are found", async () => {
    expect((await fetch(`${app?.url}/angebote/${draft.slug}`)).status).toBe(404);
    const page = await fetch(`${app?.url}/gemeinden/boennigheim`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Heimatstube der Sudetendeutschen Landsmannschaft Bönnigheim");
    expect(html).not.toContain(DRAFT_NAME);
    const api = await fetch(`${app?.url}/api/v1/search?q=${enc("Museum Bönnigheim")}`);
    const data = (await api.json()) as { hits: { title: string; slug: string }[] };
    expect(data.hits.map((hit) => hit.title)).toContain("Heimatstube der Sudetendeutschen Landsmannschaft Bönnigheim");
    expect(data.hits.map((hit) => hit.slug)).not.toContain(draft.slug);
  });

  it("logged no failed searches and no errors of its own on the server", () => {
    // Access-log lines echo the hostile URLs ("onerror"); Remix itself logs refused `_data`
    // requests (a route id that is not on the URL, or one without a loader).
    const framework = [/did not provide a `loader` for route/, /^Error: Route ".*" does not match URL/, /^\s+at /];
    const lines = (app?.output() ?? "")
      .split("\n")
      .filter((line) => !/^(GET|HEAD) \//.test(line))
      .filter((line) => /fehlgeschlagen|error/i.test(line))
      .filter((line) => !framework.some((pattern) => pattern.test(line)));
    expect(lines.slice(0, 20)).toEqual([]);
  });
});

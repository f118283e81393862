import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { getDb } from "~/catalogue/db.server";
import { municipalityPins, neighbourSlugs } from "~/catalogue/map.server";
import { getMunicipalityPage, municipalityNames } from "~/catalogue/places.server";
import { SECTORS, type Sector } from "~/catalogue/vocabulary";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { localeFromPath, messagesFor, useLocalize, useMessages } from "~/i18n";
import { useTileConfig } from "~/map/map-config";
import { MunicipalityMapFrame } from "~/map/map-frame";
import { MAP_LINKS } from "~/map/styles";
import { formatAddress } from "~/search/documents";
import { toSearchQuery } from "~/search/params";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { useGermanData } from "~/ui/german";
import { LinkedText } from "~/ui/linked-text";

export const meta: MetaFunction<typeof loader> = ({ data, location }) => {
  const { common, places } = messagesFor(localeFromPath(location.pathname));
  return [{ title: common.title(data ? data.municipality.name : places.notFound) }];
};

export const links: LinksFunction = () => MAP_LINKS;

export const headers = reuseLoaderHeaders;

const isSector = (value: string): value is Sector => (SECTORS as readonly string[]).includes(value);

export async function loader({ params, request }: LoaderFunctionArgs) {
  const db = getDb();
  const page = getMunicipalityPage(db, params.slug ?? "");
  if (!page) throw new Response("Nicht gefunden", { status: 404 });
  // `kategorie` narrows the list and the map to sectors; unknown values are named and ignored.
  const requested = new URL(request.url).searchParams.getAll("kategorie");
  const sectors = [...new Set(requested.filter(isSector))];
  const ignored = requested.filter((value) => !isSector(value)).map((value) => value.slice(0, 40));
  const names = municipalityNames(db);
  const neighbours = (neighbourSlugs(db).get(page.municipality.slug) ?? [])
    .map((slug) => ({ slug, name: names.get(slug) ?? slug }))
    .sort((a, b) => a.name.localeCompare(b.name, "de"));
  return json(
    {
      ...page,
      bySector: page.bySector.filter((group) => sectors.length === 0 || sectors.includes(group.sector)),
      sectors,
      ignored,
      pins: municipalityPins(db, page.municipality.slug, sectors.length > 0 ? sectors : undefined),
      neighbours,
    },
    { headers: cacheHeaders(PAGE_CACHE_CONTROL) },
  );
}

export default function MunicipalityPage() {
  const { municipality, counts, total, bySector, sectors, ignored, pins, neighbours } = useLoaderData<typeof loader>();
  const tiles = useTileConfig();
  const { places, vocabulary } = useMessages();
  const t = places.municipality;
  const localize = useLocalize();
  const dataLang = useGermanData().lang;
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const base = `/gemeinden/${municipality.slug}`;
  const toggle = (sector: Sector) => {
    const next = sectors.includes(sector) ? sectors.filter((s) => s !== sector) : [...sectors, sector];
    const query = new URLSearchParams(next.map((s) => ["kategorie", s]));
    return localize(next.length > 0 ? `${base}?${query}` : base);
  };
  const shown = bySector.reduce((sum, group) => sum + group.entries.length, 0);
  const pinIds = new Map(pins.map((pin) => [pin.slug, pin.id]));

  return (
    <div className="wrap page">
      <nav aria-label={t.breadcrumbs} className="breadcrumbs">
        <Link to={localize("/gemeinden")}>{t.overview}</Link>
      </nav>
      <h1>{municipality.name}</h1>
      <p>{t.facts(municipality.population, municipality.areaKm2, municipality.postcodes)}</p>
      {ignored.length > 0 ? (
        <div className="notice" role="status">
          <p>
            {t.ignored(
              ignored,
              SECTORS.map((sector) => vocabulary.sectorsShort[sector]),
            )}
          </p>
        </div>
      ) : null}
      {total > 0 ? (
        <div className="chips">
          <span id="bereiche">{t.sectors}</span>
          <ul aria-labelledby="bereiche">
            {SECTORS.filter((sector) => counts[sector] > 0).map((sector) => (
              <li key={sector}>
                <Link
                  className={`chip${sectors.includes(sector) ? " chip--active" : ""}`}
                  to={toggle(sector)}
                  aria-current={sectors.includes(sector) ? "true" : undefined}
                  preventScrollReset
                >
                  {vocabulary.sectorsShort[sector]} ({places.number(counts[sector])})
                </Link>
              </li>
            ))}
          </ul>
          {sectors.length > 0 ? (
            <Link to={localize(base)} preventScrollReset>
              {t.allSectors}
            </Link>
          ) : null}
        </div>
      ) : null}

      <div className="municipality-layout">
        <div>
          <p>
            {t.entries(shown, total, sectors.length > 0, municipality.name)}{" "}
            <Link to={localize(`/suche${toSearchQuery({ gemeinde: [municipality.slug], kategorie: sectors })}`)}>
              {t.openInSearch}
            </Link>
          </p>
          {total === 0 ? (
            <p>
              <LinkedText text={t.noEntries(municipality.name)} to={localize("/suche")} />
            </p>
          ) : null}
          {bySector.map((group) => (
            <section key={group.sector} aria-labelledby={`bereich-${group.sector}`}>
              <h2 id={`bereich-${group.sector}`}>
                {vocabulary.sectors[group.sector]} ({places.number(group.entries.length)})
              </h2>
              <ul className="plain-list">
                {group.entries.map((entry) => {
                  const pinId = pinIds.get(entry.slug) ?? null;
                  const hover = pinId ? () => setHighlightId(pinId) : undefined;
                  const address = formatAddress(entry);
                  return (
                    <li
                      key={entry.slug}
                      className={pinId && highlightId === pinId ? "is-highlighted" : undefined}
                      onMouseEnter={hover}
                      onFocus={hover}
                      onMouseLeave={() => setHighlightId(null)}
                      onBlur={() => setHighlightId(null)}
                    >
                      <Link to={localize(`/angebote/${entry.slug}`)} lang={dataLang}>
                        {entry.title}
                      </Link>
                      <span className="muted">
                        {" "}
                        – <span lang={dataLang}>{address ? `${entry.type}, ${address}` : entry.type}</span>
                      </span>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
        <MunicipalityMapFrame
          slug={municipality.slug}
          name={municipality.name}
          pins={pins}
          tiles={tiles}
          highlightId={highlightId}
          onHighlight={setHighlightId}
          caption={t.mapCaption(municipality.name, pins.length)}
        />
      </div>

      {neighbours.length > 0 ? (
        <section aria-labelledby="nachbarn">
          <h2 id="nachbarn">{t.neighbours}</h2>
          <ul className="municipality-links">
            {neighbours.map((neighbour) => (
              <li key={neighbour.slug}>
                <Link to={localize(`/gemeinden/${neighbour.slug}`)}>{neighbour.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { getDb } from "~/catalogue/db.server";
import { getEntryBySlug } from "~/catalogue/details.server";
import { nearbyEntries } from "~/catalogue/map.server";
import { entryJsonLd } from "~/catalogue/schema-org";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { LOCALES, localeFromPath, localeOfRequest, localizePath, messagesFor, useLocalize, useMessages, type Locale } from "~/i18n";
import { useTileConfig } from "~/map/map-config";
import { EntryMapFrame } from "~/map/map-frame";
import { MAP_LINKS } from "~/map/styles";
import type { MapPin } from "~/map/types";
import { MerkenButton } from "~/merkliste/merken-button";
import type { loader as rootLoader } from "~/root";
import { formatAddress } from "~/search/documents";
import { toSearchQuery } from "~/search/params";
import { feedbackMailto, mailtoHref, telHref } from "~/ui/contact-links";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { German, useGermanData } from "~/ui/german";
import { JsonLd } from "~/ui/json-ld";
import { ShareLink } from "~/ui/share-link";

export const meta: MetaFunction<typeof loader> = ({ data, location }) => {
  const { common, detail } = messagesFor(localeFromPath(location.pathname));
  return data
    ? [
        { title: common.title(data.entry.title) },
        // The entry's own words (German); the page's language is in <html lang>.
        { name: "description", content: data.entry.description?.slice(0, 160) ?? data.entry.type },
        { tagName: "link", rel: "canonical", href: data.urls[data.locale] },
        ...LOCALES.map((locale) => ({ tagName: "link", rel: "alternate", hrefLang: locale, href: data.urls[locale] })),
      ]
    : [{ title: common.title(detail.notFound) }];
};

export const headers = reuseLoaderHeaders;

export const links: LinksFunction = () => MAP_LINKS;

/** Nearby entries are listed within this distance of an entry with an exact position. */
const NEARBY_KM = 2;

export async function loader({ params, request }: LoaderFunctionArgs) {
  const db = getDb();
  const entry = getEntryBySlug(db, params.slug ?? "");
  if (!entry) throw new Response("Nicht gefunden", { status: 404 });
  const pin: MapPin | null =
    entry.lat !== null && entry.lng !== null
      ? {
          id: `dieser-eintrag`,
          slug: entry.slug,
          title: entry.title,
          type: entry.type,
          category: entry.sector,
          lat: entry.lat,
          lng: entry.lng,
          approximate: entry.geoPrecision !== "exact",
          address: formatAddress(entry),
        }
      : null;
  const origin = new URL(request.url).origin;
  const locale = localeOfRequest(request);
  // The canonical URL is the page in its own language; the other language is its alternate.
  const urls = { de: "", en: "" } satisfies Record<Locale, string>;
  for (const other of LOCALES) urls[other] = `${origin}${localizePath(`/angebote/${entry.slug}`, other)}`;
  return json(
    { entry, pin, nearby: nearbyEntries(db, entry.slug, NEARBY_KM), origin, locale, urls, canonical: urls[locale] },
    { headers: cacheHeaders(PAGE_CACHE_CONTROL) },
  );
}

export default function EntryPage() {
  const { entry, pin, nearby, origin, canonical } = useLoaderData<typeof loader>();
  const { common, detail: texts, search, vocabulary } = useMessages();
  const localize = useLocalize();
  const germanData = useGermanData();
  const feedbackEmail = useRouteLoaderData<typeof rootLoader>("root")?.config.feedbackEmail ?? null;
  const feedbackHref = feedbackEmail ? feedbackMailto(feedbackEmail, { title: entry.title, url: canonical }, texts) : null;
  const tiles = useTileConfig();
  const phoneHref = entry.phone ? telHref(entry.phone) : null;
  const emailHref = entry.email ? mailtoHref(entry.email) : null;
  const jsonLd = entryJsonLd(
    entry,
    canonical,
    entry.institution ? { name: entry.institution.name, url: `${origin}${localize(`/angebote/${entry.institution.slug}`)}` } : null,
  );
  const address = formatAddress(entry);
  const ages = texts.ages(entry.ageMin, entry.ageMax);
  const factLabels: Record<string, string> = texts.facts;
  const facts = Object.entries(entry.facts).filter(([key]) => key in factLabels);

  return (
    <div className="wrap page detail">
      <nav aria-label={texts.breadcrumbs} className="breadcrumbs">
        <Link to={localize("/suche")}>{common.nav.search}</Link>
        {entry.municipality ? (
          <>
            {" › "}
            <Link to={localize(`/gemeinden/${entry.municipality.slug}`)} {...germanData}>
              {entry.municipality.name}
            </Link>
          </>
        ) : null}
      </nav>
      <h1 {...germanData}>{entry.title}</h1>
      <p className="detail__kind">
        <span className={`badge badge--${entry.sector}`}>{vocabulary.sectors[entry.sector]}</span>{" "}
        <German>{entry.types.join(", ")}</German>
        {entry.kind === "angebot" ? ` (${vocabulary.kinds.angebot})` : ""}
      </p>
      <div className="detail__actions">
        <MerkenButton slug={entry.slug} title={entry.title} listLink />
      </div>

      {entry.description ? (
        <p className="detail__description" {...germanData}>
          {entry.description}
        </p>
      ) : null}

      <dl className="detail__facts">
        <dt>{texts.address}</dt>
        <dd>
          {address ? (
            <address {...germanData}>{address}</address>
          ) : entry.municipality ? (
            <German>{entry.municipality.name}</German>
          ) : (
            texts.districtWide
          )}
          {entry.geoPrecision === "municipality" ? <p className="approx">{texts.approximate}</p> : null}
        </dd>
        {entry.municipality ? (
          <>
            <dt>{texts.municipality}</dt>
            <dd>
              <Link to={localize(`/gemeinden/${entry.municipality.slug}`)} {...germanData}>
                {entry.municipality.name}
              </Link>
            </dd>
          </>
        ) : null}
        {entry.phone ? (
          <>
            <dt>{texts.phone}</dt>
            <dd>
              {phoneHref ? <a href={phoneHref}>{entry.phone}</a> : entry.phone}
            </dd>
          </>
        ) : null}
        {entry.email ? (
          <>
            <dt>{texts.email}</dt>
            <dd>
              {emailHref ? <a href={emailHref}>{entry.email}</a> : entry.email}
            </dd>
          </>
        ) : null}
        {entry.website ? (
          <>
            <dt>{texts.website}</dt>
            <dd>
              <a href={entry.website} rel="noopener noreferrer" data-url-text="">
                {entry.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
              </a>
            </dd>
          </>
        ) : null}
        {entry.carrier ? (
          <>
            <dt>{texts.carrier}</dt>
            <dd>{vocabulary.carriers[entry.carrier]}</dd>
          </>
        ) : null}
        {entry.typeDetail ? (
          <>
            <dt>{texts.typeDetail}</dt>
            <dd {...germanData}>{entry.typeDetail}</dd>
          </>
        ) : null}
        {entry.targetGroup ? (
          <>
            <dt>{texts.targetGroup}</dt>
            <dd {...germanData}>{entry.targetGroup}</dd>
          </>
        ) : null}
        {ages ? (
          <>
            <dt>{texts.age}</dt>
            <dd>{ages}</dd>
          </>
        ) : null}
        {entry.topics.length > 0 ? (
          <>
            <dt>{texts.topics}</dt>
            <dd>
              <ul className="detail__links">
                {entry.topics.map((topic) => (
                  <li key={topic}>
                    <Link to={localize(`/suche${toSearchQuery({ thema: [topic] })}`)}>{vocabulary.topics[topic]}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {entry.audiences.length > 0 ? (
          <>
            <dt>{texts.audiences}</dt>
            <dd>
              <ul className="detail__links">
                {entry.audiences.map((audience) => (
                  <li key={audience}>
                    <Link to={localize(`/suche${toSearchQuery({ zielgruppe: [audience] })}`)}>{vocabulary.audiences[audience]}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {entry.institution ? (
          <>
            <dt>{texts.institution}</dt>
            <dd>
              <Link to={localize(`/angebote/${entry.institution.slug}`)} {...germanData}>
                {entry.institution.name}
              </Link>
            </dd>
          </>
        ) : null}
        {facts.map(([key, value]) => (
          <Fragment key={key}>
            <dt>{factLabels[key]}</dt>
            <dd>{typeof value === "number" ? texts.number(value) : <German>{value}</German>}</dd>
          </Fragment>
        ))}
      </dl>

      {entry.relatedOffers.length > 0 ? (
        <section aria-labelledby="angebote">
          <h2 id="angebote">{texts.relatedOffers}</h2>
          <ul {...germanData}>
            {entry.relatedOffers.map((offer) => (
              <li key={offer.slug}>
                <Link to={localize(`/angebote/${offer.slug}`)}>{offer.title}</Link> ({offer.type})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {pin ? (
        <section aria-labelledby="lage">
          <h2 id="lage">{texts.location}</h2>
          <div className="detail-map-layout">
            <EntryMapFrame
              entry={pin}
              nearby={nearby.status === "ok" ? nearby.entries : []}
              tiles={tiles}
              caption={
                pin.approximate
                  ? texts.mapCaptionApproximate(entry.title)
                  : texts.mapCaption(entry.title, nearby.status === "ok" ? nearby.entries.length : 0, NEARBY_KM)
              }
            />
            <div>
              {nearby.status === "ok" ? (
                <>
                  <h3>{texts.nearbyTitle(NEARBY_KM)}</h3>
                  {nearby.entries.length === 0 ? (
                    <p>{texts.nearbyNone(NEARBY_KM)}</p>
                  ) : (
                    <ul className="plain-list nearby-list">
                      {nearby.entries.map((other) => (
                        <li key={other.slug}>
                          <Link to={localize(`/angebote/${other.slug}`)} {...germanData}>
                            {other.title}
                          </Link>{" "}
                          <span className="muted">
                            – <German>{other.type}</German>, {search.distance(other.distanceKm)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              ) : (
                <p>
                  {texts.noExactLocation}
                  {entry.municipality ? (
                    <>
                      {" "}
                      {texts.allInMunicipality.before(entry.municipality.name)}
                      <Link to={localize(`/gemeinden/${entry.municipality.slug}`)}>{texts.allInMunicipality.link}</Link>
                      {texts.allInMunicipality.after}
                    </>
                  ) : null}
                </p>
              )}
            </div>
          </div>
        </section>
      ) : null}

      <section className="provenance" aria-labelledby="quelle">
        <h2 id="quelle">{texts.provenance}</h2>
        <dl>
          <dt>{texts.stand}</dt>
          <dd {...germanData}>{entry.stand}</dd>
          <dt>{texts.source}</dt>
          <dd>
            <ul>
              {entry.sourceUrls.map((url) => (
                <li key={url}>
                  <a href={url} rel="noopener noreferrer" data-url-text="">
                    {url}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
          <dt>{texts.dataset}</dt>
          <dd>
            <Link to={localize(`/datenquellen#${entry.dataset.id}`)} {...germanData}>
              {entry.dataset.title}
            </Link>
          </dd>
          <dt>{texts.licence}</dt>
          <dd {...germanData}>{entry.licence}</dd>
        </dl>
        <p className="hint">{texts.provenanceHint}</p>
        {feedbackHref ? (
          <p className="detail__feedback">
            <a href={feedbackHref}>{texts.feedback}</a> <span className="muted">{texts.feedbackOpensMail}</span>
          </p>
        ) : null}
      </section>

      <section className="detail__share" aria-labelledby="teilen">
        <h2 id="teilen">{texts.share}</h2>
        <ShareLink url={canonical} label={texts.shareLabel} shareTitle={common.title(entry.title)} />
      </section>
      <p className="print-only">
        {texts.printOnline} {canonical}
      </p>

      <JsonLd data={jsonLd} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

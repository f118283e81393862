import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { getDb } from "~/catalogue/db.server";
import { getEntryBySlug } from "~/catalogue/details.server";
import { nearbyEntries } from "~/catalogue/map.server";
import { entryJsonLd } from "~/catalogue/schema-org";
import {
  AUDIENCE_LABELS,
  CARRIER_LABELS,
  SECTOR_LABELS,
  TOPIC_LABELS,
} from "~/catalogue/vocabulary";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { useTileConfig } from "~/map/map-config";
import { EntryMapFrame } from "~/map/map-frame";
import { MAP_LINKS } from "~/map/styles";
import type { MapPin } from "~/map/types";
import { MerkenButton } from "~/merkliste/merken-button";
import type { loader as rootLoader } from "~/root";
import { formatAddress } from "~/search/documents";
import { toSearchQuery } from "~/search/params";
import { formatDistance } from "~/search/places";
import { feedbackMailto, mailtoHref, telHref } from "~/ui/contact-links";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { FACT_LABELS } from "~/ui/facts";
import { JsonLd } from "~/ui/json-ld";
import { ShareLink } from "~/ui/share-link";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.entry.title} – Bildungsportal Landkreis Ludwigsburg` },
        { name: "description", content: data.entry.description?.slice(0, 160) ?? data.entry.type },
        { tagName: "link", rel: "canonical", href: data.canonical },
      ]
    : [{ title: "Nicht gefunden – Bildungsportal Landkreis Ludwigsburg" }];

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
  return json(
    { entry, pin, nearby: nearbyEntries(db, entry.slug, NEARBY_KM), origin, canonical: `${origin}/angebote/${entry.slug}` },
    { headers: cacheHeaders(PAGE_CACHE_CONTROL) },
  );
}

function ageText(min: number | null, max: number | null) {
  if (min !== null && max !== null) return `${min} bis ${max} Jahre`;
  if (min !== null) return `ab ${min} Jahren`;
  if (max !== null) return `bis ${max} Jahre`;
  return null;
}

export default function EntryPage() {
  const { entry, pin, nearby, origin, canonical } = useLoaderData<typeof loader>();
  const feedbackEmail = useRouteLoaderData<typeof rootLoader>("root")?.config.feedbackEmail ?? null;
  const feedbackHref = feedbackEmail ? feedbackMailto(feedbackEmail, { title: entry.title, url: canonical }) : null;
  const tiles = useTileConfig();
  const phoneHref = entry.phone ? telHref(entry.phone) : null;
  const emailHref = entry.email ? mailtoHref(entry.email) : null;
  const jsonLd = entryJsonLd(
    entry,
    canonical,
    entry.institution ? { name: entry.institution.name, url: `${origin}/angebote/${entry.institution.slug}` } : null,
  );
  const address = formatAddress(entry);
  const ages = ageText(entry.ageMin, entry.ageMax);
  const facts = Object.entries(entry.facts).filter(([key]) => key in FACT_LABELS);

  return (
    <div className="wrap page detail">
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <Link to="/suche">Suche</Link>
        {entry.municipality ? (
          <>
            {" › "}
            <Link to={`/gemeinden/${entry.municipality.slug}`}>{entry.municipality.name}</Link>
          </>
        ) : null}
      </nav>
      <h1>{entry.title}</h1>
      <p className="detail__kind">
        <span className={`badge badge--${entry.sector}`}>{SECTOR_LABELS[entry.sector]}</span> {entry.types.join(", ")}
        {entry.kind === "angebot" ? " (Angebot / Programm)" : ""}
      </p>
      <div className="detail__actions">
        <MerkenButton slug={entry.slug} title={entry.title} listLink />
      </div>

      {entry.description ? <p className="detail__description">{entry.description}</p> : null}

      <dl className="detail__facts">
        <dt>Adresse</dt>
        <dd>
          {address ? <address>{address}</address> : entry.municipality ? entry.municipality.name : "landkreisweit, ohne festen Ort"}
          {entry.geoPrecision === "municipality" ? (
            <p className="approx">Lage ungefähr: Die Quelle nennt keine genaue Position, der Ort ist nur der Gemeinde zugeordnet.</p>
          ) : null}
        </dd>
        {entry.municipality ? (
          <>
            <dt>Gemeinde</dt>
            <dd>
              <Link to={`/gemeinden/${entry.municipality.slug}`}>{entry.municipality.name}</Link>
            </dd>
          </>
        ) : null}
        {entry.phone ? (
          <>
            <dt>Telefon</dt>
            <dd>
              {phoneHref ? <a href={phoneHref}>{entry.phone}</a> : entry.phone}
            </dd>
          </>
        ) : null}
        {entry.email ? (
          <>
            <dt>E-Mail</dt>
            <dd>
              {emailHref ? <a href={emailHref}>{entry.email}</a> : entry.email}
            </dd>
          </>
        ) : null}
        {entry.website ? (
          <>
            <dt>Website</dt>
            <dd>
              <a href={entry.website} rel="noopener noreferrer" data-url-text="">
                {entry.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
              </a>
            </dd>
          </>
        ) : null}
        {entry.carrier ? (
          <>
            <dt>Trägerschaft</dt>
            <dd>{CARRIER_LABELS[entry.carrier]}</dd>
          </>
        ) : null}
        {entry.typeDetail ? (
          <>
            <dt>Art laut Quelle</dt>
            <dd>{entry.typeDetail}</dd>
          </>
        ) : null}
        {entry.targetGroup ? (
          <>
            <dt>Zielgruppe</dt>
            <dd>{entry.targetGroup}</dd>
          </>
        ) : null}
        {ages ? (
          <>
            <dt>Alter</dt>
            <dd>{ages}</dd>
          </>
        ) : null}
        {entry.topics.length > 0 ? (
          <>
            <dt>Themen</dt>
            <dd>
              <ul className="detail__links">
                {entry.topics.map((topic) => (
                  <li key={topic}>
                    <Link to={`/suche${toSearchQuery({ thema: [topic] })}`}>{TOPIC_LABELS[topic]}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {entry.audiences.length > 0 ? (
          <>
            <dt>Für</dt>
            <dd>
              <ul className="detail__links">
                {entry.audiences.map((audience) => (
                  <li key={audience}>
                    <Link to={`/suche${toSearchQuery({ zielgruppe: [audience] })}`}>{AUDIENCE_LABELS[audience]}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {entry.institution ? (
          <>
            <dt>Einrichtung</dt>
            <dd>
              <Link to={`/angebote/${entry.institution.slug}`}>{entry.institution.name}</Link>
            </dd>
          </>
        ) : null}
        {facts.map(([key, value]) => (
          <Fragment key={key}>
            <dt>{FACT_LABELS[key]}</dt>
            <dd>{typeof value === "number" ? value.toLocaleString("de-DE") : value}</dd>
          </Fragment>
        ))}
      </dl>

      {entry.relatedOffers.length > 0 ? (
        <section aria-labelledby="angebote">
          <h2 id="angebote">Angebote und Programme</h2>
          <ul>
            {entry.relatedOffers.map((offer) => (
              <li key={offer.slug}>
                <Link to={`/angebote/${offer.slug}`}>{offer.title}</Link> ({offer.type})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {pin ? (
        <section aria-labelledby="lage">
          <h2 id="lage">Lage und Umgebung</h2>
          <div className="detail-map-layout">
            <EntryMapFrame
              entry={pin}
              nearby={nearby.status === "ok" ? nearby.entries : []}
              tiles={tiles}
              caption={
                pin.approximate
                  ? `Karte mit der ungefähren Lage von ${entry.title} (Ortsmitte).`
                  : `Karte mit ${entry.title} und ${nearby.status === "ok" ? nearby.entries.length : 0} Einträgen im Umkreis von ${NEARBY_KM} km, die auch in der Liste stehen.`
              }
            />
            <div>
              {nearby.status === "ok" ? (
                <>
                  <h3>In der Nähe (bis {NEARBY_KM} km)</h3>
                  {nearby.entries.length === 0 ? (
                    <p>Im Umkreis von {NEARBY_KM} km kennt das Portal keine weiteren Einträge mit genauer Lage.</p>
                  ) : (
                    <ul className="plain-list nearby-list">
                      {nearby.entries.map((other) => (
                        <li key={other.slug}>
                          <Link to={`/angebote/${other.slug}`}>{other.title}</Link>{" "}
                          <span className="muted">
                            – {other.type}, {formatDistance(other.distanceKm)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              ) : (
                <p>
                  Die genaue Lage ist nicht bekannt, deshalb zeigen wir keine Einträge in der Nähe.
                  {entry.municipality ? (
                    <>
                      {" "}
                      Alle Einträge in {entry.municipality.name} finden Sie auf der{" "}
                      <Link to={`/gemeinden/${entry.municipality.slug}`}>Seite der Gemeinde</Link>.
                    </>
                  ) : null}
                </p>
              )}
            </div>
          </div>
        </section>
      ) : null}

      <section className="provenance" aria-labelledby="quelle">
        <h2 id="quelle">Quelle und Stand</h2>
        <dl>
          <dt>Stand</dt>
          <dd>{entry.stand}</dd>
          <dt>Quelle</dt>
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
          <dt>Datensatz</dt>
          <dd>
            <Link to={`/datenquellen#${entry.dataset.id}`}>{entry.dataset.title}</Link>
          </dd>
          <dt>Lizenz</dt>
          <dd>{entry.licence}</dd>
        </dl>
        <p className="hint">
          Die Angaben stammen aus der genannten Quelle und wurden nicht mit der Einrichtung abgestimmt. Bitte prüfen Sie
          aktuelle Angaben direkt bei der Einrichtung.
        </p>
        {feedbackHref ? (
          <p className="detail__feedback">
            <a href={feedbackHref}>Angaben veraltet? Hinweis senden</a>{" "}
            <span className="muted">(öffnet Ihr E-Mail-Programm)</span>
          </p>
        ) : null}
      </section>

      <section className="detail__share" aria-labelledby="teilen">
        <h2 id="teilen">Teilen</h2>
        <ShareLink url={canonical} label="Link zu diesem Eintrag" shareTitle={`${entry.title} – Bildungsportal Landkreis Ludwigsburg`} />
      </section>
      <p className="print-only">Online: {canonical}</p>

      <JsonLd data={jsonLd} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

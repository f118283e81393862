import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { MerkenButton } from "~/merkliste/merken-button";
import { SECTOR_SHORT_LABELS, type GeoPrecision, type Sector } from "~/catalogue/vocabulary";
import { formatApproximateDistance, formatDistance } from "~/search/places";
import { Highlighted } from "./highlighted";

export type EntryCardData = {
  slug: string;
  title: string;
  category: Sector;
  type: string;
  municipality: { slug: string; name: string } | null;
  address: string | null;
  geoPrecision: GeoPrecision | null;
  stand: string;
  distanceKm?: number | null;
  highlight?: { title: string; snippet: string | null };
};

/**
 * One entry in a result list: what it is, where it is, how exact the location is.
 * `actions` replaces the "Merken" button (shown only with JavaScript), e.g. on the Merkliste.
 */
export function EntryCard({
  entry,
  headingLevel = 3,
  actions,
}: {
  entry: EntryCardData;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const approximate = entry.geoPrecision === "municipality";
  return (
    <article className="entry-card">
      <Heading className="entry-card__title">
        <Link to={`/angebote/${entry.slug}`}>
          {entry.highlight ? <Highlighted text={entry.highlight.title} /> : entry.title}
        </Link>
      </Heading>
      <p className="entry-card__meta">
        <span className={`badge badge--${entry.category}`}>{SECTOR_SHORT_LABELS[entry.category]}</span>{" "}
        <span>{entry.type}</span>
        {entry.distanceKm !== null && entry.distanceKm !== undefined ? (
          <span className="distance">
            {" · "}
            {approximate ? (
              <span title="Die Lage ist nur ungefähr bekannt">{formatApproximateDistance(entry.distanceKm)} entfernt</span>
            ) : (
              <>{formatDistance(entry.distanceKm)} entfernt</>
            )}
          </span>
        ) : null}
      </p>
      <p className="entry-card__place">
        {entry.address ?? (entry.municipality ? entry.municipality.name : "Landkreisweites Angebot")}
        {entry.municipality && entry.address && !entry.address.includes(entry.municipality.name) ? (
          <> · {entry.municipality.name}</>
        ) : null}
        {approximate ? <span className="approx"> · Lage ungefähr</span> : null}
      </p>
      {entry.highlight?.snippet ? (
        <p className="entry-card__snippet">
          <Highlighted text={entry.highlight.snippet} />
        </p>
      ) : null}
      <p className="entry-card__stand">Stand: {entry.stand}</p>
      <div className="entry-card__actions">
        {actions === undefined ? (
          // The Gemeinde tells entries of the same name apart (two Friedrich-Schiller-Gymnasien).
          <MerkenButton
            slug={entry.slug}
            title={entry.municipality ? `${entry.title} (${entry.municipality.name})` : entry.title}
          />
        ) : (
          actions
        )}
      </div>
    </article>
  );
}

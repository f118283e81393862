import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { MerkenButton } from "~/merkliste/merken-button";
import type { GeoPrecision, Sector } from "~/catalogue/vocabulary";
import { useLocalize, useMessages } from "~/i18n";
import { German, useGermanData } from "./german";
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
  const { search, vocabulary } = useMessages();
  const texts = search.card;
  const localize = useLocalize();
  const germanData = useGermanData();
  return (
    <article className="entry-card">
      <Heading className="entry-card__title">
        <Link to={localize(`/angebote/${entry.slug}`)} {...germanData}>
          {entry.highlight ? <Highlighted text={entry.highlight.title} /> : entry.title}
        </Link>
      </Heading>
      <p className="entry-card__meta">
        <span className={`badge badge--${entry.category}`}>{vocabulary.sectorsShort[entry.category]}</span>{" "}
        <span {...germanData}>{entry.type}</span>
        {entry.distanceKm !== null && entry.distanceKm !== undefined ? (
          <span className="distance">
            {" · "}
            {approximate ? (
              <span title={texts.approximateTitle}>{texts.away(search.approximateDistance(entry.distanceKm))}</span>
            ) : (
              <>{texts.away(search.distance(entry.distanceKm))}</>
            )}
          </span>
        ) : null}
      </p>
      <p className="entry-card__place">
        {entry.address || entry.municipality ? (
          <German>
            {entry.address ?? entry.municipality?.name}
            {entry.municipality && entry.address && !entry.address.includes(entry.municipality.name) ? (
              <> · {entry.municipality.name}</>
            ) : null}
          </German>
        ) : (
          texts.districtWide
        )}
        {approximate ? <span className="approx"> · {texts.approximate}</span> : null}
      </p>
      {entry.highlight?.snippet ? (
        <p className="entry-card__snippet" {...germanData}>
          <Highlighted text={entry.highlight.snippet} />
        </p>
      ) : null}
      <p className="entry-card__stand">
        {texts.stand} <German>{entry.stand}</German>
      </p>
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

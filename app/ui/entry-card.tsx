import { Link } from "@remix-run/react";
import { SECTOR_SHORT_LABELS, type GeoPrecision, type Sector } from "~/catalogue/vocabulary";

export type EntryCardData = {
  slug: string;
  title: string;
  category: Sector;
  type: string;
  municipality: { slug: string; name: string } | null;
  address: string | null;
  geoPrecision: GeoPrecision | null;
  stand: string;
};

/** One entry in a result list: what it is, where it is, how exact the location is. */
export function EntryCard({ entry, headingLevel = 3 }: { entry: EntryCardData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="entry-card">
      <Heading className="entry-card__title">
        <Link to={`/angebote/${entry.slug}`}>{entry.title}</Link>
      </Heading>
      <p className="entry-card__meta">
        <span className={`badge badge--${entry.category}`}>{SECTOR_SHORT_LABELS[entry.category]}</span>{" "}
        <span>{entry.type}</span>
      </p>
      <p className="entry-card__place">
        {entry.address ?? (entry.municipality ? entry.municipality.name : "Landkreisweites Angebot")}
        {entry.municipality && entry.address && !entry.address.includes(entry.municipality.name) ? (
          <> · {entry.municipality.name}</>
        ) : null}
        {entry.geoPrecision === "municipality" ? <span className="approx"> · Lage ungefähr</span> : null}
      </p>
      <p className="entry-card__stand">Stand: {entry.stand}</p>
    </article>
  );
}

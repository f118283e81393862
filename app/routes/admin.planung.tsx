import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/admin/auth.server";
import { CoverageMapFigure, formatCount, formatMeasure, MEASURE_LABELS, MEASURES, type Measure } from "~/admin/coverage-map";
import { loadPlanning } from "~/admin/planning.server";
import { AdminErrorBoundary, formatDate } from "~/admin/ui";
import { getDb } from "~/catalogue/db.server";
import { SECTOR_LABELS, SECTOR_SHORT_LABELS, SECTORS } from "~/catalogue/vocabulary";
import { useTileConfig } from "~/map/map-config";
import { MAP_LINKS } from "~/map/styles";
import type { SearchCount } from "~/search/stats.server";

export const meta: MetaFunction = () => [
  { title: "Planung – Redaktion – Bildungsportal Landkreis Ludwigsburg" },
  { name: "robots", content: "noindex" },
];

export const links: LinksFunction = () => MAP_LINKS;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return json(loadPlanning(getDb(), new URL(request.url).searchParams), { headers: { "Cache-Control": "no-store" } });
}

const searchCount = (n: number) => `${formatCount(n)} ${n === 1 ? "Suche" : "Suchen"}`;

/** A count or rate; a Gemeinde without any entry is a gap, marked and worded "keine". */
function CoverageCell({ measure, count, perThousand }: { measure: Measure; count: number; perThousand: number }) {
  if (count === 0) return <td className="num coverage-gap">keine</td>;
  return <td className="num">{measure === "absolut" ? formatCount(count) : formatMeasure(perThousand, "je1000")}</td>;
}

function SearchTable({ id, caption, rows }: { id: string; caption: string; rows: SearchCount[] }) {
  if (rows.length === 0) return <p>Noch keine Suchanfragen gezählt.</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="admin-table planning-searches">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Suchbegriff</th>
            <th scope="col" className="num">
              Anzahl
            </th>
            <th scope="col" className="num">
              davon ohne Treffer
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.query}>
              <th scope="row">{row.query}</th>
              <td className="num">{formatCount(row.searches)}</td>
              <td className="num">{formatCount(row.withoutResults)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function PlanningPage() {
  const { mass, kategorie, coverage, gaps, map, searches } = useLoaderData<typeof loader>();
  const tiles = useTileConfig();
  return (
    <>
      <h1>Planung</h1>
      <p>
        Wie viele veröffentlichte Einträge (Einrichtungen und Angebote) es je Gemeinde und Bereich gibt – absolut oder je
        1.000 Einwohnerinnen und Einwohner. Entwürfe zählen nicht, ebenso wenig kreisweite Einträge ohne Gemeinde.
      </p>

      <Form method="get" className="admin-form planning-form">
        <fieldset>
          <legend>Darstellung</legend>
          <fieldset className="planning-form__choice">
            <legend>Maß</legend>
            {MEASURES.map((measure) => (
              <label key={measure}>
                <input type="radio" name="mass" value={measure} defaultChecked={measure === mass} /> {MEASURE_LABELS[measure]}
              </label>
            ))}
          </fieldset>
          <div>
            <label htmlFor="planung-kategorie">Bereich auf der Karte</label>
            <select id="planung-kategorie" name="kategorie" defaultValue={kategorie}>
              {SECTORS.map((sector) => (
                <option key={sector} value={sector}>
                  {SECTOR_LABELS[sector]}
                </option>
              ))}
            </select>
          </div>
          <div className="admin-actions">
            <button type="submit">Anzeigen</button>
          </div>
        </fieldset>
      </Form>

      <h2 id="karte">
        Karte: {SECTOR_LABELS[kategorie]} ({mass === "absolut" ? "absolut" : "je 1.000 Einwohner"})
      </h2>
      <CoverageMapFigure
        map={map}
        sectorLabel={SECTOR_LABELS[kategorie]}
        tiles={tiles}
        caption={`Die ${coverage.municipalities.length} Gemeinden, eingefärbt nach ${MEASURE_LABELS[mass]} im Bereich ${SECTOR_LABELS[kategorie]}; Klassen nach Quantilen. Die Tabelle „Einträge je Gemeinde und Bereich“ enthält dieselben Zahlen.`}
      />

      <h2 id="abdeckung">Einträge je Gemeinde und Bereich</h2>
      <div className="table-scroll" role="region" aria-labelledby="abdeckung" tabIndex={0}>
        <table className="admin-table planning-coverage">
          <caption>
            {MEASURE_LABELS[mass]} je Gemeinde und Bereich, nur veröffentlichte Einträge; „keine“ markiert eine Lücke. Die
            Tabelle ist die barrierefreie Alternative zur Karte und enthält alle Bereiche.
          </caption>
          <thead>
            <tr>
              <th scope="col">Gemeinde</th>
              <th scope="col" className="num">
                Einwohner
              </th>
              {SECTORS.map((sector) => (
                <th key={sector} scope="col" className="num">
                  <abbr title={SECTOR_LABELS[sector]}>{SECTOR_SHORT_LABELS[sector]}</abbr>
                </th>
              ))}
              <th scope="col" className="num">
                Gesamt
              </th>
            </tr>
          </thead>
          <tbody>
            {coverage.municipalities.map((m) => (
              <tr key={m.slug}>
                <th scope="row">
                  <Link to={`/gemeinden/${m.slug}`}>{m.name}</Link>
                </th>
                <td className="num">{formatCount(m.population)}</td>
                {SECTORS.map((sector) => (
                  <CoverageCell key={sector} measure={mass} count={m.counts[sector]} perThousand={m.perThousand[sector]} />
                ))}
                <CoverageCell measure={mass} count={m.total} perThousand={m.totalPerThousand} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Landkreis (Summe der Gemeinden)</th>
              <td className="num">{formatCount(coverage.district.population)}</td>
              {SECTORS.map((sector) => (
                <CoverageCell
                  key={sector}
                  measure={mass}
                  count={coverage.district.counts[sector]}
                  perThousand={coverage.district.perThousand[sector]}
                />
              ))}
              <CoverageCell measure={mass} count={coverage.district.total} perThousand={coverage.district.totalPerThousand} />
            </tr>
          </tfoot>
        </table>
      </div>

      <h2 id="luecken">Gemeinden ohne Einträge eines Bereichs</h2>
      {gaps.map(({ sector, municipalities }) => (
        <section key={sector} className="planning-gaps" aria-labelledby={`luecken-${sector}`}>
          <h3 id={`luecken-${sector}`}>
            Gemeinden ohne {SECTOR_LABELS[sector]} ({municipalities.length})
          </h3>
          {municipalities.length === 0 ? (
            <p>Jede Gemeinde hat mindestens einen veröffentlichten Eintrag in diesem Bereich.</p>
          ) : (
            <ul>
              {municipalities.map((m) => (
                <li key={m.slug}>
                  <Link to={`/gemeinden/${m.slug}`}>{m.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}

      <h2 id="suchanfragen">Suchanfragen der letzten {searches.retentionDays} Tage</h2>
      <div className="planning-note">
        <p>
          Gezählt wird jede Suche auf der Suchseite, jeweils die erste Ergebnisseite. Blättern, die JSON-Schnittstelle und die
          Vorschläge im Suchfeld zählen nicht; eine Suche, die der Browser innerhalb einer Minute aus seinem Zwischenspeicher
          wiederholt, erreicht den Server nicht und zählt ebenfalls nicht.
        </p>
        <p>
          Gespeichert werden je Tag nur der Suchbegriff (klein geschrieben, Leerzeichen vereinheitlicht, höchstens 100 Zeichen),
          die Zahl der Suchen und die Zahl der Suchen ohne Treffer – keine IP-Adressen, keine Sitzungen, keine Uhrzeiten.
          Suchbegriffe, die wie eine E-Mail-Adresse oder Telefonnummer aussehen (ein @ oder mehr als fünf Ziffern am Stück),
          werden nicht gezählt. Tage, die länger als {searches.retentionDays} Tage zurückliegen, werden gelöscht.
        </p>
      </div>
      <p>
        Seit {formatDate(searches.since)}: {searchCount(searches.searches)}, davon {formatCount(searches.withoutResults)} ohne
        Treffer. Darin enthalten: {searchCount(searches.filterOnly.searches)} nur mit Filtern (ohne Suchbegriff), davon{" "}
        {formatCount(searches.filterOnly.withoutResults)} ohne Treffer; sie stehen nicht in den Listen.
      </p>
      <h3>Die 20 häufigsten Suchbegriffe</h3>
      <SearchTable id="haeufigste-tabelle" caption="Häufigste Suchbegriffe, nach Anzahl der Suchen" rows={searches.top} />
      <h3>Die 20 häufigsten Suchbegriffe ohne Treffer</h3>
      <SearchTable
        id="ohne-treffer-tabelle"
        caption="Häufigste Suchbegriffe ohne Treffer, nach Anzahl der Suchen ohne Treffer"
        rows={searches.topWithoutResults}
      />
    </>
  );
}


export function ErrorBoundary() {
  return <AdminErrorBoundary />;
}

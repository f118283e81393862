import { json, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { operatorConfig, publicConfig } from "~/env.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction = () => [{ title: "Datenschutz – Bildungsportal Landkreis Ludwigsburg" }];

export const headers = reuseLoaderHeaders;

export async function loader() {
  const { tiles } = publicConfig();
  return json(
    { operator: operatorConfig(), tileHost: tiles ? new URL(tiles.url.replace(/[{}]/g, "")).host : null },
    { headers: cacheHeaders(PAGE_CACHE_CONTROL) },
  );
}

export default function PrivacyPage() {
  const { operator, tileHost } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page prose">
      <h1>Datenschutz</h1>
      <p className="lead">
        Kurz gesagt: Das Portal setzt keine Cookies, verwendet kein Tracking und keine Analyse-Dienste und speichert
        nicht, wer wonach sucht.
      </p>

      <h2>Verantwortlich</h2>
      <p>
        Verantwortlich für die Verarbeitung ist der Betreiber des Portals:{" "}
        {operator.name ? (
          <>
            {operator.name}
            {operator.address.length > 0 ? `, ${operator.address.join(", ")}` : ""}
            {operator.email ? (
              <>
                , <a href={`mailto:${operator.email}`}>{operator.email}</a>
              </>
            ) : null}
          </>
        ) : (
          <span className="missing">noch nicht eingetragen (siehe Impressum)</span>
        )}
        . Weitere Angaben stehen im <Link to="/impressum">Impressum</Link>.
      </p>

      <h2>Was beim Aufruf einer Seite geschieht</h2>
      <ul>
        <li>
          Ihr Browser sendet wie bei jeder Website Ihre IP-Adresse, die aufgerufene Adresse (bei einer Suche mit den
          Suchbegriffen) und technische Angaben wie den Browsertyp. Der Webserver des Portals braucht sie, um die Seite
          auszuliefern.
        </li>
        <li>
          Der Webserver des Portals führt <strong>kein Zugriffsprotokoll</strong>: Er speichert weder IP-Adressen noch
          Suchbegriffe. Er protokolliert nur technische Fehler, ohne IP-Adresse.
        </li>
        <li>
          Die Suchmaschine des Portals (Meilisearch) läuft auf demselben Server und protokolliert nur Warnungen und
          Fehler, keine Anfragen.
        </li>
        <li>
          Betreibt der Betreiber einen vorgeschalteten Webserver oder Proxy, kann dieser Zugriffe protokollieren. Art und
          Speicherdauer solcher Protokolle muss der Betreiber hier angeben.
        </li>
      </ul>

      <h2>Cookies und lokale Speicherung</h2>
      <p>
        Das Portal setzt keine Cookies. Die <Link to="/merkliste">Merkliste</Link> speichert die gemerkten Einträge nur
        in Ihrem Browser (localStorage). Sie werden nicht an den Server übertragen, solange Sie die Liste nicht selbst
        über den Link „Liste teilen“ aufrufen. Sie können die Merkliste jederzeit leeren oder die Websitedaten in Ihrem
        Browser löschen.
      </p>

      <h2>Ihr Standort</h2>
      <p>
        Nur wenn Sie auf „Meinen Standort verwenden“ klicken, fragt Ihr Browser Sie, ob er dem Portal Ihren Standort
        mitteilen darf. Stimmen Sie zu, wird die Position auf etwa 100 m gerundet und als Teil der Suchadresse an den
        Server geschickt, um Entfernungen zu berechnen. Sie wird nicht gespeichert, und Antworten mit Standort dürfen
        nicht in gemeinsam genutzten Zwischenspeichern abgelegt werden.
      </p>

      <h2>Karten</h2>
      {tileHost ? (
        <p>
          Die Karten laden Kartenkacheln von <strong>{tileHost}</strong>. Dabei erhält dieser Dienst Ihre IP-Adresse,
          Angaben zu Ihrem Browser und den angezeigten Kartenausschnitt. Angaben zu diesem Dienst und seiner
          Datenverarbeitung muss der Betreiber hier ergänzen.
        </p>
      ) : (
        <p>
          Die Karten zeichnen nur die Grenzen des Landkreises und der Gemeinden aus dem Datenbestand des Portals. Dabei
          werden keine Daten an andere Anbieter übertragen; es werden keine Kartenkacheln von fremden Servern geladen.
        </p>
      )}

      <h2>Keine Dienste Dritter</h2>
      <p>
        Das Portal lädt keine Schriften, Skripte oder Bilder von fremden Servern und bindet keine Dienste sozialer
        Netzwerke ein. Links zu den Websites von Einrichtungen und Quellen führen Sie erst auf Ihren Klick dorthin.
      </p>

      <h2>Ihre Rechte</h2>
      <p>
        Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung Ihrer Daten sowie
        auf Widerspruch (Art. 15 bis 21 Datenschutz-Grundverordnung). Wenden Sie sich dazu an den Betreiber. Sie können
        sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren, in Baden-Württemberg beim Landesbeauftragten
        für den Datenschutz und die Informationsfreiheit.
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

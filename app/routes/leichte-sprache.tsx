import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction = () => [{ title: "Leichte Sprache – Bildungsportal Landkreis Ludwigsburg" }];

export default function EasyLanguagePage() {
  return (
    <div className="wrap page prose easy-language">
      <h1>Das Bildungs·portal in Leichter Sprache</h1>

      <h2>Was ist das Bildungs·portal?</h2>
      <p>Das Bildungs·portal ist eine Internet·seite.</p>
      <p>Hier finden Sie Orte zum Lernen im Land·kreis Ludwigsburg.</p>
      <p>Zum Beispiel:</p>
      <ul>
        <li>Kitas. Das sind Kinder·gärten und Krippen für kleine Kinder.</li>
        <li>Schulen.</li>
        <li>Jugend·häuser und Beratungs·stellen.</li>
        <li>Museen, Büchereien und Musik·schulen.</li>
        <li>Kurse für Erwachsene. Zum Beispiel an der Volks·hoch·schule.</li>
      </ul>
      <p>Der Land·kreis Ludwigsburg hat 39 Städte und Gemeinden. Das Bildungs·portal zeigt Orte in allen 39.</p>

      <h2>So suchen Sie</h2>
      <ol>
        <li>
          Gehen Sie zur Seite <Link to="/suche">Suche</Link>.
        </li>
        <li>Schreiben Sie ein Wort in das Feld „Suchbegriff“. Zum Beispiel: Kita.</li>
        <li>Sie können auch den Ort dazu schreiben. Zum Beispiel: Kita Tamm.</li>
        <li>Klicken Sie auf den Knopf „Suchen“.</li>
        <li>Sie sehen dann eine Liste. Klicken Sie auf einen Namen. Dann sehen Sie mehr über diesen Ort.</li>
      </ol>

      <h2>In Ihrer Nähe suchen</h2>
      <p>Sie wollen einen Ort in Ihrer Nähe finden?</p>
      <p>Dann schreiben Sie Ihre Post·leit·zahl in das Feld „Ort oder Postleitzahl“.</p>
      <p>Die Post·leit·zahl ist die Zahl vor Ihrem Wohn·ort. Zum Beispiel: 71634.</p>
      <p>Das Portal zeigt Ihnen dann zuerst die Orte, die nah bei Ihnen sind.</p>

      <h2>Die Karte</h2>
      <p>Neben der Liste gibt es eine Karte. Auf der Karte sehen Sie, wo die Orte sind.</p>
      <p>Sie brauchen die Karte nicht. In der Liste steht alles, was auf der Karte ist.</p>

      <h2>Die Merk·liste</h2>
      <p>Sie haben einen Ort gefunden und wollen ihn sich merken?</p>
      <p>Dann klicken Sie auf „Merken“. Der Ort kommt auf Ihre Merk·liste.</p>
      <p>
        Die <Link to="/merkliste">Merk·liste</Link> bleibt nur auf Ihrem Gerät. Niemand sonst sieht sie.
      </p>

      <h2>Ihre Daten</h2>
      <p>Das Bildungs·portal speichert nicht, wonach Sie suchen.</p>
      <p>Das Bildungs·portal benutzt keine Cookies. Cookies sind kleine Dateien, die sich Internet·seiten merken.</p>

      <h2>Wer macht das Bildungs·portal?</h2>
      <p>Das Bildungs·portal gehört zur Bildungs·region Land·kreis Ludwigsburg.</p>
      <p>
        In der Bildungs·region arbeiten viele zusammen: Kitas, Schulen, Jugend·hilfe, Museen, Volks·hoch·schulen und
        Firmen.
      </p>
      <p>Das Ziel ist: Alle Kinder und Jugendlichen sollen gut lernen können. Auch beim Wechsel von der Kita in die Schule. Und von der Schule in den Beruf.</p>
      <p>
        Mehr dazu in schwerer Sprache: <Link to="/bildungsregion">Die Bildungsregion</Link>.
      </p>

      <h2>Etwas stimmt nicht?</h2>
      <p>Manche Angaben sind vielleicht alt.</p>
      <p>Auf jeder Seite zu einem Ort steht, von wann die Angaben sind.</p>
      <p>Fragen Sie im Zweifel direkt bei dem Ort nach.</p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

import { json, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { operatorConfig, publicConfig } from "~/env.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction = () => [{ title: "Erklärung zur Barrierefreiheit – Bildungsportal Landkreis Ludwigsburg" }];

export const headers = reuseLoaderHeaders;

/** When this statement was last reviewed against the portal; update it with every review. */
const STATEMENT_DATE = "22.11.2026";

export async function loader() {
  const operator = operatorConfig();
  return json(
    { operatorName: operator.name, contact: publicConfig().feedbackEmail, phone: operator.phone },
    { headers: cacheHeaders(PAGE_CACHE_CONTROL) },
  );
}

// The structure follows the model statement of the L-BGG-DVO Baden-Württemberg (Anlage 1).
export default function AccessibilityStatementPage() {
  const { operatorName, contact, phone } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page prose">
      <h1>Erklärung zur Barrierefreiheit</h1>
      <p>
        {operatorName ?? <span className="missing">Der Betreiber (noch nicht eingetragen)</span>} ist bemüht, das
        Bildungsportal Landkreis Ludwigsburg im Einklang mit § 10 Absatz 1 des Landes-Behindertengleichstellungsgesetzes
        (L-BGG) barrierefrei zugänglich zu machen. Diese Erklärung gilt für die Website des Bildungsportals.
      </p>

      <h2>Stand der Vereinbarkeit mit den Anforderungen</h2>
      <p>
        Die Website ist wegen der unten aufgeführten Unvereinbarkeiten <strong>teilweise</strong> mit § 10 Absatz 1
        L-BGG vereinbar.
      </p>

      <h2>Nicht barrierefreie Inhalte</h2>
      <h3>Unvereinbarkeiten mit § 10 Absatz 1 L-BGG</h3>
      <ul>
        <li>
          Es gibt noch keine Erläuterungen in Deutscher Gebärdensprache. Erläuterungen in{" "}
          <Link to="/leichte-sprache">Leichter Sprache</Link> gibt es.
        </li>
        <li>
          Die Karten sind eine Ergänzung: Alle Einträge einer Karte stehen auch in der Liste daneben. In den Karten selbst
          sind Markierungen per Tastatur erreichbar; Gruppen vieler nah beieinander liegender Einträge müssen aber
          schrittweise vergrößert werden. Eine Karte ohne Maus zu verschieben ist mit den Pfeiltasten möglich, aber
          mühsam.
        </li>
        <li>
          Ein Teil der Daten stammt aus älteren Quellen (zum Beispiel die Schulstatistik 2015). Das betrifft die
          Aktualität der Inhalte, nicht ihre Zugänglichkeit; veraltete Angaben können Sie über „Angaben veraltet?“ auf
          jeder Eintragsseite melden.
        </li>
        <li>Eine englische Fassung der Bedienoberfläche ist in Arbeit.</li>
      </ul>

      <h2>Erstellung dieser Erklärung</h2>
      <p>Diese Erklärung wurde am {STATEMENT_DATE} erstellt.</p>
      <p>
        Die Aussagen beruhen auf einer Selbstbewertung: automatische Prüfungen mit axe-core (WCAG 2.1, Stufen A und AA)
        für jede Seitenart bei jeder Änderung, Tests der wichtigsten Abläufe nur mit der Tastatur und eine Prüfung der
        Darstellung bei 320 Pixel Breite und 200 % Vergrößerung. Eine Prüfung durch eine unabhängige Prüfstelle (BITV-Test)
        hat noch nicht stattgefunden.
      </p>

      <h2>Feedback und Kontaktangaben</h2>
      <p>
        Sind Ihnen Mängel beim barrierefreien Zugang zu Inhalten aufgefallen? Oder benötigen Sie Informationen, die
        nicht barrierefrei sind, in einer anderen Form? Dann melden Sie sich bitte:
      </p>
      <ul>
        <li>
          E-Mail:{" "}
          {contact ? (
            <a href={`mailto:${contact}?subject=${encodeURIComponent("Barrierefreiheit Bildungsportal")}`}>{contact}</a>
          ) : (
            <span className="missing">noch nicht eingetragen (Einstellung FEEDBACK_EMAIL)</span>
          )}
        </li>
        {phone ? <li>Telefon: {phone}</li> : null}
      </ul>

      <h2>Durchsetzungsverfahren</h2>
      <p>
        Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Beauftragte oder
        den Beauftragten der Landesregierung Baden-Württemberg für die Belange von Menschen mit Behinderungen wenden.
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

import { json, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { operatorConfig } from "~/env.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction = () => [{ title: "Impressum – Bildungsportal Landkreis Ludwigsburg" }];

export const headers = reuseLoaderHeaders;

export async function loader() {
  return json({ operator: operatorConfig() }, { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

/** A configured value, or a clearly marked gap naming the setting that fills it. */
function Field({ value, setting }: { value: string | null; setting: string }) {
  return value ? <>{value}</> : <span className="missing">Noch nicht eingetragen (Einstellung {setting})</span>;
}

export default function ImprintPage() {
  const { operator } = useLoaderData<typeof loader>();
  const complete = operator.name !== null && operator.address.length > 0 && operator.email !== null && operator.representative !== null;
  return (
    <div className="wrap page prose">
      <h1>Impressum</h1>
      {complete ? null : (
        <div className="notice notice--error" role="note">
          <p>
            <strong>Das Impressum ist noch unvollständig.</strong> Der Betreiber des Portals hat noch nicht alle
            Pflichtangaben eingetragen. Fehlende Angaben sind unten gekennzeichnet.
          </p>
        </div>
      )}
      <h2>Anbieter</h2>
      <p>Angaben nach § 5 Digitale-Dienste-Gesetz (DDG):</p>
      <address>
        <Field value={operator.name} setting="OPERATOR_NAME" />
        <br />
        {operator.address.length > 0 ? (
          operator.address.map((line) => (
            <span key={line}>
              {line}
              <br />
            </span>
          ))
        ) : (
          <Field value={null} setting="OPERATOR_ADDRESS" />
        )}
      </address>
      <dl className="facts-list">
        <dt>Vertreten durch</dt>
        <dd>
          <Field value={operator.representative} setting="OPERATOR_REPRESENTATIVE" />
        </dd>
        <dt>E-Mail</dt>
        <dd>
          {operator.email ? <a href={`mailto:${operator.email}`}>{operator.email}</a> : <Field value={null} setting="OPERATOR_EMAIL" />}
        </dd>
        <dt>Telefon</dt>
        <dd>{operator.phone ?? <Field value={null} setting="OPERATOR_PHONE" />}</dd>
        <dt>Verantwortlich für den Inhalt nach § 18 Abs. 2 Medienstaatsvertrag</dt>
        <dd>
          <Field value={operator.contentResponsible} setting="OPERATOR_CONTENT_RESPONSIBLE" />
        </dd>
      </dl>

      <h2>Inhalte und Datenquellen</h2>
      <p>
        Das Portal stellt Angaben aus offenen und öffentlichen Quellen zusammen. Bei jedem Eintrag stehen Quelle, Lizenz
        und Stand; alle Datensätze beschreibt die Seite <Link to="/datenquellen">Datenquellen</Link>. Die Angaben wurden
        nicht mit den Einrichtungen abgestimmt und können veraltet sein. Verbindlich sind die Angaben der Einrichtungen
        selbst.
      </p>
      <h2>Links auf andere Websites</h2>
      <p>
        Einträge verlinken auf die Websites der Einrichtungen und auf die Quellen. Für deren Inhalte sind die jeweiligen
        Anbieter verantwortlich.
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

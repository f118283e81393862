import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireUser, requireUserAction } from "~/admin/auth.server";
import { fieldsContext, newEntryAction } from "~/admin/entries.server";
import { EntryFields, ErrorSummary } from "~/admin/entry-fields";
import { emptyValues, KIND_LABELS } from "~/admin/entry-form";
import { AdminErrorBoundary, CsrfField, Notice } from "~/admin/ui";
import { getDb } from "~/catalogue/db.server";
import { ENTRY_KINDS } from "~/catalogue/vocabulary";
import { MAP_LINKS } from "~/map/styles";

export const links: LinksFunction = () => MAP_LINKS;

export const meta: MetaFunction = () => [{ title: "Neuer Eintrag – Redaktion Bildungsportal" }, { name: "robots", content: "noindex" }];

export const headers = () => ({ "Cache-Control": "no-store" });

const kindOf = (value: FormDataEntryValue | string | null) => ENTRY_KINDS.find((kind) => kind === value) ?? null;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const kind = kindOf(new URL(request.url).searchParams.get("art"));
  return json({ kind, context: kind ? fieldsContext(getDb()) : null }, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, formData } = await requireUserAction(request);
  const kind = kindOf(formData.get("art"));
  if (!kind) throw new Response("Bitte wählen Sie, ob Sie eine Einrichtung oder ein Angebot anlegen.", { status: 400 });
  const result = newEntryAction(getDb(), user, kind, formData);
  if (result.type === "not-found") throw new Response("Nicht gefunden", { status: 404 });
  if (result.type === "redirect") return redirect(result.to, { headers: { "Cache-Control": "no-store" } });
  return json(result.data, { status: result.status, headers: { "Cache-Control": "no-store" } });
}

export default function NewEntry() {
  const { kind, context } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  if (!kind || !context) {
    return (
      <>
        <h1>Neuer Eintrag</h1>
        <Form method="get" className="admin-form">
          <fieldset>
            <legend>Was möchten Sie anlegen?</legend>
            <label>
              <input type="radio" name="art" value="einrichtung" defaultChecked /> Einrichtung (z. B. Schule, Kita, Bibliothek, Jugendhaus)
            </label>
            <label>
              <input type="radio" name="art" value="angebot" /> Angebot (z. B. Kurs, Programm, Beratung einer Einrichtung)
            </label>
          </fieldset>
          <div className="admin-actions">
            <button type="submit">Weiter</button>
            <Link to="/admin/eintraege">Abbrechen</Link>
          </div>
        </Form>
      </>
    );
  }
  const values = data?.values ?? emptyValues();
  const errors = data?.errors ?? {};
  return (
    <>
      <h1>Neuer Eintrag: {KIND_LABELS[kind]}</h1>
      <p>
        Neue Einträge sind zunächst Entwürfe: Sie erscheinen erst nach „Veröffentlichen“ im Portal und in der Suche. Pflichtangaben sind
        gekennzeichnet; Quelle, Lizenz und Stand geben an, woher die Angaben stammen.
      </p>
      {data?.message ? <ErrorSummary message={data.message} errors={errors} /> : null}
      {data?.notice ? <Notice kind="success">{data.notice}</Notice> : null}
      <Form method="post" className="admin-form entry-form" noValidate>
        <CsrfField />
        {/* Enter in a field submits the form's first button: this one, not "Position aus Adresse". */}
        <button type="submit" name="intent" value="anlegen" className="entry-default-submit" tabIndex={-1} aria-hidden="true">
          Als Entwurf anlegen
        </button>
        <input type="hidden" name="art" value={kind} />
        <EntryFields kind={kind} values={values} errors={errors} context={context} revision={data?.revision ?? 0} />
        <div className="admin-actions">
          <button type="submit" name="intent" value="anlegen" disabled={busy}>
            Als Entwurf anlegen
          </button>
          <Link to="/admin/eintraege">Abbrechen</Link>
        </div>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <AdminErrorBoundary />;
}

import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { auditTrail } from "~/admin/audit.server";
import { requireAdmin, requireUserAction } from "~/admin/auth.server";
import { AdminErrorBoundary, CsrfField, FieldError, fieldErrorProps, formatDateTime, Notice } from "~/admin/ui";
import { fieldErrors, nameField, passwordField, ROLE_LABELS, roleField } from "~/admin/user-form";
import { deleteUser, findUser, setPassword, updateUser, UserError } from "~/admin/users.server";
import { getDb } from "~/catalogue/db.server";

export const headers = () => ({ "Cache-Control": "no-store" });

const IdParam = z.coerce.number().int().positive();

function userId(params: LoaderFunctionArgs["params"]) {
  const parsed = IdParam.safeParse(params.id);
  if (!parsed.success) throw new Response("Dieses Benutzerkonto gibt es nicht.", { status: 404 });
  return parsed.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const me = await requireAdmin(request);
  const db = getDb();
  const account = findUser(db, userId(params));
  if (!account) throw new Response("Dieses Benutzerkonto gibt es nicht.", { status: 404 });
  return json({ account, self: me.id === account.id, history: auditTrail(db, "user", account.id, 20) }, { headers: { "Cache-Control": "no-store" } });
}

const UpdateSchema = z.object({ name: nameField, role: roleField, disabled: z.literal("on").optional() });

type ActionData = { errors?: Record<string, string>; saved?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, formData } = await requireUserAction(request, { admin: true });
  const id = userId(params);
  const db = getDb();
  const intent = formData.get("intent");
  try {
    if (intent === "speichern") {
      const parsed = UpdateSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) return json<ActionData>({ errors: fieldErrors(parsed.error) }, { status: 400 });
      if (id === user.id && parsed.data.disabled) {
        return json<ActionData>({ errors: { disabled: "Das eigene Konto kann nicht gesperrt werden." } }, { status: 400 });
      }
      updateUser(db, id, { name: parsed.data.name, role: parsed.data.role, disabled: Boolean(parsed.data.disabled) }, user);
      return json<ActionData>({ saved: "Änderungen gespeichert." });
    }
    if (intent === "passwort") {
      const parsed = passwordField.safeParse(formData.get("password") ?? "");
      if (!parsed.success) return json<ActionData>({ errors: { password: parsed.error.issues[0]?.message ?? "Ungültig" } }, { status: 400 });
      await setPassword(db, id, parsed.data, user);
      return json<ActionData>({ saved: "Neues Passwort gesetzt; alle Sitzungen dieses Kontos wurden beendet." });
    }
    if (intent === "loeschen") {
      if (formData.get("confirm") !== "ja") {
        return json<ActionData>({ errors: { confirm: "Bitte bestätigen Sie das Löschen mit dem Häkchen." } }, { status: 400 });
      }
      deleteUser(db, id, user);
      return redirect("/admin/benutzer");
    }
  } catch (error) {
    if (error instanceof UserError) return json<ActionData>({ errors: { [error.field]: error.message } }, { status: 400 });
    throw error;
  }
  return json<ActionData>({ errors: { form: "Unbekannte Aktion." } }, { status: 400 });
}

export default function UserPage() {
  const { account, self, history } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const errors = data?.errors ?? {};
  return (
    <>
      <p>
        <Link to="/admin/benutzer">Alle Benutzerkonten</Link>
      </p>
      <h1>{account.name}</h1>
      <p>
        {account.email} · {ROLE_LABELS[account.role]} · {account.disabledAt ? `gesperrt seit ${formatDateTime(account.disabledAt)}` : "aktiv"}
      </p>
      {data?.saved ? <Notice kind="success">{data.saved}</Notice> : null}
      {errors.form ? <Notice kind="error">{errors.form}</Notice> : null}

      <h2>Angaben und Rolle</h2>
      <Form method="post" className="admin-form" noValidate>
        <CsrfField />
        <div>
          <label htmlFor="name">Name</label>
          <input id="name" name="name" defaultValue={account.name} {...fieldErrorProps("name", errors.name)} />
          <FieldError id="name-fehler" message={errors.name} />
        </div>
        <div>
          <label htmlFor="role">Rolle</label>
          <select id="role" name="role" defaultValue={account.role} {...fieldErrorProps("role", errors.role)}>
            <option value="editor">{ROLE_LABELS.editor}</option>
            <option value="admin">{ROLE_LABELS.admin}</option>
          </select>
          <FieldError id="role-fehler" message={errors.role} />
        </div>
        <div>
          <input id="disabled" name="disabled" type="checkbox" defaultChecked={Boolean(account.disabledAt)} disabled={self} {...fieldErrorProps("disabled", errors.disabled)} />{" "}
          <label htmlFor="disabled">Konto gesperrt (keine Anmeldung möglich)</label>
          <FieldError id="disabled-fehler" message={errors.disabled} />
        </div>
        <div className="admin-actions">
          <button type="submit" name="intent" value="speichern">
            Speichern
          </button>
        </div>
      </Form>

      <h2>Passwort neu setzen</h2>
      <Form method="post" className="admin-form" noValidate>
        <CsrfField />
        <div>
          <label htmlFor="password">Neues Passwort (mindestens 12 Zeichen)</label>
          <input id="password" name="password" type="password" autoComplete="new-password" {...fieldErrorProps("password", errors.password)} />
          <FieldError id="password-fehler" message={errors.password} />
        </div>
        <div className="admin-actions">
          <button type="submit" name="intent" value="passwort">
            Passwort setzen
          </button>
        </div>
      </Form>

      {self ? null : (
        <>
          <h2>Konto löschen</h2>
          <Form method="post" className="admin-form" noValidate>
            <CsrfField />
            <div>
              <input id="confirm" name="confirm" type="checkbox" value="ja" {...fieldErrorProps("confirm", errors.confirm)} />{" "}
              <label htmlFor="confirm">Ja, dieses Konto endgültig löschen</label>
              <FieldError id="confirm-fehler" message={errors.confirm} />
            </div>
            <div className="admin-actions">
              <button type="submit" name="intent" value="loeschen">
                Konto löschen
              </button>
            </div>
          </Form>
        </>
      )}

      <h2>Verlauf</h2>
      {history.length === 0 ? (
        <p>Noch keine Einträge.</p>
      ) : (
        <ul>
          {history.map((entry) => (
            <li key={entry.id}>
              {formatDateTime(entry.at)}: {entry.action} durch {entry.actor}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <AdminErrorBoundary />;
}

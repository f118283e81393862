import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireAdmin, requireUserAction } from "~/admin/auth.server";
import { AdminErrorBoundary, CsrfField, FieldError, fieldErrorProps, formatDate, Notice } from "~/admin/ui";
import { fieldErrors, NewUserSchema, ROLE_LABELS } from "~/admin/user-form";
import { createUser, listUsers, UserError } from "~/admin/users.server";
import { getDb } from "~/catalogue/db.server";

export const headers = () => ({ "Cache-Control": "no-store" });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return json({ users: listUsers(getDb()) }, { headers: { "Cache-Control": "no-store" } });
}

type ActionData = { errors?: Record<string, string>; values?: Record<string, string>; created?: string };

export async function action({ request }: ActionFunctionArgs) {
  const { user, formData } = await requireUserAction(request, { admin: true });
  const values = { email: String(formData.get("email") ?? ""), name: String(formData.get("name") ?? ""), role: String(formData.get("role") ?? "") };
  const parsed = NewUserSchema.safeParse({ ...values, password: formData.get("password") ?? "" });
  if (!parsed.success) return json<ActionData>({ errors: fieldErrors(parsed.error), values }, { status: 400 });
  try {
    const created = await createUser(getDb(), parsed.data, user);
    return json<ActionData>({ created: `${created.name} <${created.email}>` });
  } catch (error) {
    if (error instanceof UserError) return json<ActionData>({ errors: { [error.field]: error.message }, values }, { status: 400 });
    throw error;
  }
}

export default function Users() {
  const { users } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const errors = data?.errors ?? {};
  const values = data?.created ? {} : (data?.values ?? {});
  return (
    <>
      <h1>Benutzerkonten</h1>
      {data?.created ? <Notice kind="success">Konto angelegt: {data.created}</Notice> : null}
      <div className="table-scroll">
        <table className="admin-table">
          <caption>Alle Konten der Redaktion</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-Mail-Adresse</th>
              <th scope="col">Rolle</th>
              <th scope="col">Status</th>
              <th scope="col">Angelegt</th>
            </tr>
          </thead>
          <tbody>
            {users.map((account) => (
              <tr key={account.id}>
                <td>
                  <Link to={`/admin/benutzer/${account.id}`}>{account.name}</Link>
                </td>
                <td>{account.email}</td>
                <td>{ROLE_LABELS[account.role]}</td>
                <td>{account.disabledAt ? "gesperrt" : "aktiv"}</td>
                <td>{formatDate(account.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Neues Konto</h2>
      <Form method="post" className="admin-form" noValidate>
        <CsrfField />
        <div>
          <label htmlFor="name">Name</label>
          <input id="name" name="name" autoComplete="off" defaultValue={values.name} {...fieldErrorProps("name", errors.name)} />
          <FieldError id="name-fehler" message={errors.name} />
        </div>
        <div>
          <label htmlFor="email">E-Mail-Adresse</label>
          <input id="email" name="email" type="email" autoComplete="off" defaultValue={values.email} {...fieldErrorProps("email", errors.email)} />
          <FieldError id="email-fehler" message={errors.email} />
        </div>
        <div>
          <label htmlFor="role">Rolle</label>
          <select id="role" name="role" defaultValue={values.role ?? "editor"} {...fieldErrorProps("role", errors.role)}>
            <option value="editor">{ROLE_LABELS.editor}: Einträge, Import, Suchindex, Planung</option>
            <option value="admin">{ROLE_LABELS.admin}: zusätzlich Benutzerkonten</option>
          </select>
          <FieldError id="role-fehler" message={errors.role} />
        </div>
        <div>
          <label htmlFor="password">Erstes Passwort (mindestens 12 Zeichen)</label>
          <input id="password" name="password" type="password" autoComplete="new-password" {...fieldErrorProps("password", errors.password)} />
          <FieldError id="password-fehler" message={errors.password} />
        </div>
        <div className="admin-actions">
          <button type="submit">Konto anlegen</button>
        </div>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <AdminErrorBoundary />;
}

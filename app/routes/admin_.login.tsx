import { json, redirect, type ActionFunctionArgs, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { AuthenticityTokenProvider } from "remix-utils/csrf/react";
import { safeRedirect } from "remix-utils/safe-redirect";
import { z } from "zod";
import { attemptLogin, clientAddressOf, createSession, csrfToken, getSession, verifyCsrf } from "~/admin/auth.server";
import { AdminFrameErrorBoundary, CsrfField, FieldError, fieldErrorProps, Notice } from "~/admin/ui";
import adminStyles from "~/admin/admin.css";
import { getDb } from "~/catalogue/db.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: adminStyles }];

export const meta: MetaFunction = () => [{ title: "Anmeldung – Redaktion Bildungsportal" }, { name: "robots", content: "noindex" }];

export const headers: HeadersFunction = ({ actionHeaders }) => {
  const headers = new Headers({ "Cache-Control": "no-store" });
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};

/** Only back-office pages are allowed as the target after the login. */
function target(value: FormDataEntryValue | string | null) {
  const to = safeRedirect(value, "/admin");
  return to === "/admin" || to.startsWith("/admin/") || to.startsWith("/admin?") ? to : "/admin";
}

export async function loader({ request }: LoaderFunctionArgs) {
  const back = target(new URL(request.url).searchParams.get("weiter"));
  if (await getSession(request)) throw redirect(back, { headers: { "Cache-Control": "no-store" } });
  const { token, headers } = await csrfToken(request);
  return json({ csrf: token }, { headers: { ...headers, "Cache-Control": "no-store" } });
}

const LoginForm = z.object({
  email: z.string().trim().min(1, "Bitte geben Sie Ihre E-Mail-Adresse ein.").max(254, "Die E-Mail-Adresse ist zu lang."),
  password: z.string().min(1, "Bitte geben Sie Ihr Passwort ein.").max(256, "Das Passwort ist zu lang."),
  weiter: z.string().max(2000).optional(),
});

type ActionData = { formError?: string; fieldErrors?: { email?: string; password?: string }; email?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  await verifyCsrf(request, formData);
  const parsed = LoginForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fields = parsed.error.flatten().fieldErrors;
    return json<ActionData>(
      { fieldErrors: { email: fields.email?.[0], password: fields.password?.[0] }, email: String(formData.get("email") ?? "") },
      { status: 400 },
    );
  }
  const db = getDb();
  const result = await attemptLogin(db, { ...parsed.data, clientAddress: clientAddressOf(context) });
  if (!result.ok) {
    const status = result.reason === "throttled" ? 429 : 401;
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (result.reason === "throttled") headers["Retry-After"] = String(Math.ceil(result.retryAfterMs / 1000));
    return json<ActionData>({ formError: result.message, email: parsed.data.email }, { status, headers });
  }
  const cookie = await createSession(request, db, result.user.id);
  return redirect(target(parsed.data.weiter ?? null), { headers: { "Set-Cookie": cookie, "Cache-Control": "no-store" } });
}

export default function Login() {
  const { csrf } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const errors = data?.fieldErrors ?? {};
  return (
    <AuthenticityTokenProvider token={csrf}>
      <div className="wrap admin-page">
        <h1>Anmeldung für die Redaktion</h1>
        <p>Hier pflegen das Bildungsbüro und die Einrichtungen die Einträge des Portals.</p>
        {data?.formError ? <Notice kind="error">{data.formError}</Notice> : null}
        <Form method="post" className="admin-form" noValidate>
          <CsrfField />
          <input type="hidden" name="weiter" value={params.get("weiter") ?? ""} />
          <div>
            <label htmlFor="email">E-Mail-Adresse</label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              defaultValue={data?.email ?? ""}
              {...fieldErrorProps("email", errors.email)}
            />
            <FieldError id="email-fehler" message={errors.email} />
          </div>
          <div>
            <label htmlFor="password">Passwort</label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              {...fieldErrorProps("password", errors.password)}
            />
            <FieldError id="password-fehler" message={errors.password} />
          </div>
          <div className="admin-actions">
            <button type="submit" disabled={busy}>
              Anmelden
            </button>
          </div>
        </Form>
        <p className="hint">
          Konten legt die Administration an. Beim Anmelden wird ein Sitzungs-Cookie gesetzt, das nur für die Redaktion gilt.
        </p>
      </div>
    </AuthenticityTokenProvider>
  );
}

export function ErrorBoundary() {
  return <AdminFrameErrorBoundary />;
}

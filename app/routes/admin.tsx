import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { AuthenticityTokenProvider } from "remix-utils/csrf/react";
import { csrfToken, requireUser } from "~/admin/auth.server";
import { AdminFrameErrorBoundary, CsrfField } from "~/admin/ui";
import adminStyles from "~/admin/admin.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: adminStyles }];

export const meta: MetaFunction = () => [{ title: "Redaktion – Bildungsportal Landkreis Ludwigsburg" }, { name: "robots", content: "noindex" }];

/** Nothing of the back office is cached anywhere. */
export const headers = () => ({ "Cache-Control": "no-store" });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { token, headers } = await csrfToken(request);
  return json({ user, csrf: token }, { headers: { ...headers, "Cache-Control": "no-store" } });
}

const NAVIGATION = [
  { to: "/admin", label: "Übersicht", end: true },
  { to: "/admin/eintraege", label: "Einträge" },
  { to: "/admin/import", label: "Import" },
  { to: "/admin/suchindex", label: "Suchindex" },
  { to: "/admin/planung", label: "Planung" },
] as const;

export default function AdminLayout() {
  const { user, csrf } = useLoaderData<typeof loader>();
  return (
    <AuthenticityTokenProvider token={csrf}>
      <div className="admin-bar">
        <div className="wrap admin-header__inner">
          <nav className="admin-nav" aria-label="Redaktion">
            <ul>
              {NAVIGATION.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={"end" in item}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
              {user.role === "admin" ? (
                <li>
                  <NavLink to="/admin/benutzer">Benutzerkonten</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="admin-user">
            <span>{`Angemeldet als ${user.name} (${user.role === "admin" ? "Administration" : "Redaktion"})`}</span>
            <Form method="post" action="/admin/logout">
              <CsrfField />
              <button type="submit">Abmelden</button>
            </Form>
          </div>
        </div>
      </div>
      <div className="wrap admin-page">
        <Outlet />
      </div>
    </AuthenticityTokenProvider>
  );
}

export function ErrorBoundary() {
  return <AdminFrameErrorBoundary />;
}

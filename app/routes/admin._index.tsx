import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/admin/auth.server";
import { adminOverview } from "~/admin/overview.server";
import { AdminErrorBoundary } from "~/admin/ui";
import { getDb } from "~/catalogue/db.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return json(adminOverview(getDb()), { headers: { "Cache-Control": "no-store" } });
}

export default function AdminHome() {
  const overview = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Redaktion</h1>
      <ul className="admin-cards">
        <li>
          <span className="admin-figure">{overview.published}</span> veröffentlichte Einträge
          <br />
          <Link to="/admin/eintraege">Einträge bearbeiten</Link>
        </li>
        <li>
          <span className="admin-figure">{overview.drafts}</span> Entwürfe
          <br />
          <Link to="/admin/eintraege?status=draft">Entwürfe ansehen</Link>
        </li>
        <li>
          <span className="admin-figure">{overview.stale}</span> seit 12 Monaten nicht geprüft
          <br />
          <Link to="/admin/eintraege?status=stale">Zur Prüfliste</Link>
        </li>
        <li>
          <span className="admin-figure">{overview.approximate}</span> mit ungefährer Lage
          <br />
          <Link to="/admin/eintraege/lage-pruefen">Lage prüfen</Link>
        </li>
        <li>
          <span className="admin-figure">{overview.pendingSync}</span> Änderungen warten auf den Suchindex
          <br />
          <Link to="/admin/suchindex">Suchindex</Link>
        </li>
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <AdminErrorBoundary />;
}

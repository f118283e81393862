import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/admin/auth.server";
import { templateCsv } from "~/admin/csv-import";

// The CSV template: every column of the import and one example row to delete.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return new Response(templateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="vorlage-einrichtungen.csv"',
      "Cache-Control": "no-store",
    },
  });
}

import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { destroySession, verifyCsrf } from "~/admin/auth.server";

export async function loader() {
  return redirect("/admin");
}

export async function action({ request }: ActionFunctionArgs) {
  await verifyCsrf(request, await request.formData());
  return redirect("/admin/login", { headers: { "Set-Cookie": await destroySession(request), "Cache-Control": "no-store" } });
}

import { json, type LinksFunction, type MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, type ShouldRevalidateFunction } from "@remix-run/react";
import { publicConfig } from "~/env.server";
import type { ReactNode } from "react";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { SiteFooter, SiteHeader } from "~/ui/layout";
import audienceStyles from "~/ui/audiences.css";
import merklisteStyles from "~/ui/merkliste.css";
import styles from "~/ui/styles.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "stylesheet", href: audienceStyles },
  { rel: "stylesheet", href: merklisteStyles },
  // No favicon file: an empty data URL keeps browsers from requesting /favicon.ico.
  { rel: "icon", href: "data:," },
];

/** The public configuration; fixed while the server runs, so navigations do not reload it. */
export async function loader() {
  return json({ config: publicConfig() });
}

export const shouldRevalidate: ShouldRevalidateFunction = () => false;

export const meta: MetaFunction = () => [
  { title: "Bildungsportal Landkreis Ludwigsburg" },
  {
    name: "description",
    content:
      "Kitas, Schulen, Jugendhilfe, Kultur und Weiterbildung im Landkreis Ludwigsburg finden – das Suchportal der Bildungsregion.",
  },
];

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#inhalt">
          Zum Inhalt springen
        </a>
        <SiteHeader />
        <main id="inhalt" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

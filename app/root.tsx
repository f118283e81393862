import { json, type LinksFunction, type MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation, type ShouldRevalidateFunction } from "@remix-run/react";
import { publicConfig } from "~/env.server";
import { useNonce } from "~/http/nonce";
import { localeFromPath, messagesFor, useMessages } from "~/i18n";
import type { ReactNode } from "react";
import { AdminHeader, isAdminPath } from "~/admin/header";
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

export const meta: MetaFunction = ({ location }) => {
  const { common } = messagesFor(localeFromPath(location.pathname));
  return [{ title: common.title() }, { name: "description", content: common.description }];
};

export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const locale = localeFromPath(pathname);
  const admin = isAdminPath(pathname);
  const nonce = useNonce();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <SkipLink />
        {admin ? <AdminHeader /> : <SiteHeader />}
        <main id="inhalt" tabIndex={-1}>
          {children}
        </main>
        {admin ? null : <SiteFooter />}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function SkipLink() {
  return (
    <a className="skip-link" href="#inhalt">
      {useMessages().common.skipLink}
    </a>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

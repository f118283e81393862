import { Link } from "@remix-run/react";

/** The header of the back office, instead of the portal's navigation and language switch. */
export function AdminHeader() {
  return (
    <header className="site-header admin-header">
      <div className="wrap admin-header__inner">
        <Link to="/admin" className="site-title">
          <span className="site-title__name">Bildungsportal</span>
          <span className="site-title__region">Redaktion</span>
        </Link>
        <Link to="/">Zum öffentlichen Portal</Link>
      </div>
    </header>
  );
}

export function isAdminPath(pathname: string) {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

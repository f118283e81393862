import { Link, NavLink } from "@remix-run/react";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="wrap site-header__inner">
        <Link to="/" className="site-title">
          <span className="site-title__name">Bildungsportal</span>
          <span className="site-title__region">Landkreis Ludwigsburg</span>
        </Link>
        <nav aria-label="Hauptnavigation">
          <ul className="nav-list">
            <li>
              <NavLink to="/suche">Suche</NavLink>
            </li>
            <li>
              <NavLink to="/gemeinden">Gemeinden</NavLink>
            </li>
            <li>
              <NavLink to="/datenquellen">Datenquellen</NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>
          Bildungsportal der Bildungsregion Landkreis Ludwigsburg. Diese Seite setzt keine Cookies und
          verwendet kein Tracking.
        </p>
        <p className="attribution">
          Gemeindegrenzen, Einwohner und Fläche: © GeoBasis-DE / BKG (2025), Daten verändert, dl-de/by-2-0.
          Postleitzahlen: © OpenStreetMap-Mitwirkende (ODbL 1.0). Schuldaten: Statistisches Landesamt
          Baden-Württemberg, Schulverzeichnis 2015, aufbereitet von Datenschule / OKF Deutschland.{" "}
          <Link to="/datenquellen">Alle Datenquellen und Lizenzen</Link>
        </p>
      </div>
    </footer>
  );
}

import { Link, NavLink } from "@remix-run/react";

/** The main navigation: search, the three audiences, places and the Bildungsregion. */
const NAVIGATION = [
  { to: "/suche", label: "Suche" },
  { to: "/familien", label: "Familien" },
  { to: "/lehrkraefte", label: "Lehrkräfte" },
  { to: "/beratung", label: "Beratung" },
  { to: "/gemeinden", label: "Gemeinden" },
  { to: "/bildungsregion", label: "Bildungsregion" },
  { to: "/merkliste", label: "Merkliste" },
] as const;

const FOOTER_LINKS = [
  { to: "/projekte", label: "Projekte und Programme" },
  { to: "/datenquellen", label: "Datenquellen" },
  { to: "/impressum", label: "Impressum" },
  { to: "/datenschutz", label: "Datenschutz" },
  { to: "/barrierefreiheit", label: "Barrierefreiheit" },
  { to: "/leichte-sprache", label: "Leichte Sprache" },
] as const;

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
            {NAVIGATION.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
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
        <nav aria-label="Service und Rechtliches">
          <ul className="footer-links">
            {FOOTER_LINKS.map((item) => (
              <li key={item.to}>
                <Link to={item.to}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
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

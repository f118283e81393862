import { Link, NavLink, useLocation } from "@remix-run/react";
import { localizePath, useLocale, useLocalize, useMessages, withoutLocale } from "~/i18n";

/** The main navigation: search, the three audiences, places and the Bildungsregion. */
const NAVIGATION = [
  { to: "/suche", key: "search" },
  { to: "/familien", key: "families" },
  { to: "/lehrkraefte", key: "teachers" },
  { to: "/beratung", key: "counselling" },
  { to: "/gemeinden", key: "municipalities" },
  { to: "/bildungsregion", key: "region" },
  { to: "/merkliste", key: "merkliste" },
] as const;

const FOOTER_LINKS = [
  { to: "/themen/uebergang-kita-schule", key: "themeKitaSchool" },
  { to: "/themen/sprachfoerderung-grundschule", key: "themeLanguage" },
  { to: "/themen/uebergang-schule-beruf", key: "themeSchoolWork" },
  { to: "/projekte", key: "projects" },
  { to: "/datenquellen", key: "sources" },
  { to: "/impressum", key: "imprint" },
  { to: "/datenschutz", key: "privacy" },
  { to: "/barrierefreiheit", key: "accessibility" },
  { to: "/leichte-sprache", key: "easyLanguage" },
] as const;

/** The same page and query in the other language. */
function LanguageSwitch() {
  const locale = useLocale();
  const { pathname, search } = useLocation();
  const other = locale === "de" ? "en" : "de";
  const { otherLanguage } = useMessages().common;
  return (
    <Link
      className="language-switch"
      to={localizePath(`${withoutLocale(pathname)}${search}`, other)}
      lang={other}
      hrefLang={other}
      title={otherLanguage.title}
    >
      {otherLanguage.label}
    </Link>
  );
}

export function SiteHeader() {
  const { common } = useMessages();
  const localize = useLocalize();
  return (
    <header className="site-header">
      <div className="wrap site-header__inner">
        <Link to={localize("/")} className="site-title">
          <span className="site-title__name">{common.siteName}</span>
          <span className="site-title__region">{common.siteRegion}</span>
        </Link>
        <nav aria-label={common.mainNavigation}>
          <ul className="nav-list">
            {NAVIGATION.map((item) => (
              <li key={item.to}>
                <NavLink to={localize(item.to)}>{common.nav[item.key]}</NavLink>
              </li>
            ))}
            <li>
              <LanguageSwitch />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter() {
  const { common } = useMessages();
  const localize = useLocalize();
  return (
    <footer className="site-footer">
      <div className="wrap">
        <nav aria-label={common.footerNavigation}>
          <ul className="footer-links">
            {FOOTER_LINKS.map((item) => (
              <li key={item.to}>
                <Link to={localize(item.to)}>{common.footer[item.key]}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>{common.footerAbout}</p>
        <p className="attribution">
          {common.footerAttribution} <Link to={localize("/datenquellen")}>{common.allSources}</Link>
        </p>
      </div>
    </footer>
  );
}

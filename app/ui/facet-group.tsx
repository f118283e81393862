import { Link } from "@remix-run/react";
import { useMessages } from "~/i18n";

/** `lang`: "de" for a label that is German data (a type, a Gemeinde) on an English page. */
export type FacetOption = { value: string; label: string; count: number; active: boolean; href: string; lang?: "de" };

/**
 * One facet group as a list of links (works without JavaScript). Long groups show the
 * first `visible` options and the rest behind a native disclosure.
 */
export function FacetGroup({ id, title, options, visible = 12 }: { id: string; title: string; options: FacetOption[]; visible?: number }) {
  const texts = useMessages().search.facet;
  if (options.length === 0) return null;
  const shown = options.slice(0, visible);
  const more = options.slice(visible);
  const item = (option: FacetOption) => (
    <li key={option.value}>
      <Link
        to={option.href}
        aria-current={option.active ? "true" : undefined}
        className={option.active ? "facet facet--active" : "facet"}
        aria-label={texts.option(option.label, option.count, option.active)}
        rel="nofollow"
      >
        {option.lang ? <span lang={option.lang}>{option.label}</span> : option.label} <span className="count">({option.count})</span>
      </Link>
    </li>
  );
  return (
    <section aria-labelledby={`facet-${id}`}>
      <h3 id={`facet-${id}`}>{title}</h3>
      <ul className="facet-list">{shown.map(item)}</ul>
      {more.length > 0 ? (
        <details className="facet-more">
          <summary>{texts.more(more.length)}</summary>
          <ul className="facet-list">{more.map(item)}</ul>
        </details>
      ) : null}
    </section>
  );
}

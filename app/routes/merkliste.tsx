import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useFetcher, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { getDb } from "~/catalogue/db.server";
import { getEntryCards } from "~/catalogue/details.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { MERKLISTE_MAX, merklisteHref, parseIds } from "~/merkliste/ids";
import { changeMessage } from "~/merkliste/merken-button";
import { useMerkliste } from "~/merkliste/use-merkliste";
import { EntryCard, type EntryCardData } from "~/ui/entry-card";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ShareLink } from "~/ui/share-link";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: "Merkliste – Bildungsportal Landkreis Ludwigsburg" },
  // A shared list is one of countless combinations: not for search engines.
  ...(data?.mode === "shared" ? [{ name: "robots", content: "noindex" }] : []),
];

export const headers = reuseLoaderHeaders;

/**
 * `/merkliste?ids=a,b,c` renders the entries named in the link (works without JavaScript and
 * is what the page fetches for the list kept in the browser); `/merkliste` alone shows the
 * browser's own list, which only JavaScript can read.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const origin = url.origin;
  const requested = url.searchParams.getAll("ids");
  if (requested.length === 0) {
    return json({ mode: "local" as const, origin }, { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
  }
  const { slugs, invalid, overLimit } = parseIds(requested);
  const entries = getEntryCards(getDb(), slugs);
  const found = new Set(entries.map((entry) => entry.slug));
  return json(
    {
      mode: "shared" as const,
      origin,
      entries,
      /** Valid slugs that name nothing published (deleted or renamed entries). */
      missing: slugs.filter((slug) => !found.has(slug)),
      invalid,
      overLimit,
    },
    { headers: cacheHeaders(PAGE_CACHE_CONTROL) },
  );
}

type SharedData = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { mode: "shared" }>;

function count(value: number, one: string, many: string) {
  return `${value.toLocaleString("de-DE")} ${value === 1 ? one : many}`;
}

function PrintButton() {
  return (
    <button type="button" className="button-secondary" onClick={() => window.print()}>
      Drucken
    </button>
  );
}

/** What the link named but the page cannot show, said in plain words. */
function IgnoredNotice({ missing, invalid, overLimit }: { missing: number; invalid: number; overLimit: number }) {
  if (missing + invalid + overLimit === 0) return null;
  return (
    <div className="notice" role="status">
      <p>Nicht alles aus diesem Link kann angezeigt werden:</p>
      <ul>
        {missing > 0 ? (
          <li>
            {missing === 1
              ? "1 Eintrag gibt es im Portal nicht (mehr)."
              : `${missing.toLocaleString("de-DE")} Einträge gibt es im Portal nicht (mehr).`}
          </li>
        ) : null}
        {invalid > 0 ? (
          <li>
            {invalid === 1
              ? "1 Angabe ist kein gültiger Eintrag und wurde ignoriert."
              : `${invalid.toLocaleString("de-DE")} Angaben sind keine gültigen Einträge und wurden ignoriert.`}
          </li>
        ) : null}
        {overLimit > 0 ? (
          <li>
            Eine Merkliste fasst höchstens {MERKLISTE_MAX} Einträge; {count(overLimit, "weiterer wurde", "weitere wurden")}{" "}
            ignoriert.
          </li>
        ) : null}
      </ul>
    </div>
  );
}

export default function MerklistePage() {
  const data = useLoaderData<typeof loader>();
  return (
    <div className="wrap page merkliste">
      <h1>Merkliste</h1>
      {data.mode === "shared" ? <SharedList data={data} /> : <LocalList origin={data.origin} />}
    </div>
  );
}

/** A list from a link: shown as it is; with JavaScript its entries can be taken over. */
function SharedList({ data }: { data: SharedData }) {
  const { slugs, addAll } = useMerkliste();
  const [message, setMessage] = useState("");
  const shareUrl = `${data.origin}${merklisteHref(data.entries.map((entry) => entry.slug))}`;
  const takeOver = () => {
    const result = addAll(data.entries.map((entry) => entry.slug));
    setMessage(
      !result.saved
        ? changeMessage("unavailable", "")
        : result.skipped > 0
          ? `${count(result.added, "Eintrag", "Einträge")} übernommen; die Merkliste ist voll (${MERKLISTE_MAX} Einträge).`
          : result.added > 0
            ? `${count(result.added, "Eintrag", "Einträge")} auf Ihre Merkliste übernommen.`
            : "Alle Einträge stehen schon auf Ihrer Merkliste.",
    );
  };

  return (
    <>
      <p className="lead merkliste-intro">Diese Merkliste wurde Ihnen als Link geschickt oder von Ihnen geteilt.</p>
      <IgnoredNotice missing={data.missing.length} invalid={data.invalid} overLimit={data.overLimit} />
      <h2 id="eintraege">
        {data.entries.length === 0 ? "Keine Einträge" : count(data.entries.length, "Eintrag", "Einträge")}
      </h2>
      {data.entries.length === 0 ? (
        <p>
          Dieser Link enthält keine Einträge, die das Portal kennt. Zur <Link to="/suche">Suche</Link>.
        </p>
      ) : (
        <>
          {slugs !== null ? (
            <div className="merkliste-toolbar">
              <button type="button" onClick={takeOver}>
                Alle auf meine Merkliste übernehmen
              </button>
              <PrintButton />
              <Link to="/merkliste">Meine Merkliste ({slugs.length})</Link>
            </div>
          ) : null}
          <p className="merkliste-message" role="status">
            {message}
          </p>
          <EntryList entries={data.entries} origin={data.origin} />
          <section className="merkliste-share" aria-labelledby="liste-teilen">
            <h2 id="liste-teilen">Liste teilen</h2>
            <ShareLink url={shareUrl} label="Link zu dieser Liste" shareTitle="Merkliste – Bildungsportal Landkreis Ludwigsburg" />
          </section>
          <p className="print-only">Diese Liste online: {shareUrl}</p>
        </>
      )}
    </>
  );
}

function EntryList({
  entries,
  origin,
  actions,
}: {
  entries: EntryCardData[];
  origin: string;
  actions?: (entry: EntryCardData) => ReactNode;
}) {
  return (
    <ol className="result-list merkliste-list" aria-labelledby="eintraege">
      {entries.map((entry) => (
        <li key={entry.slug}>
          <EntryCard entry={entry} actions={actions?.(entry)} />
          <p className="print-only">
            {origin}/angebote/{entry.slug}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The list kept in this browser: read from localStorage, its entries fetched by `?ids=`. */
function LocalList({ origin }: { origin: string }) {
  const { slugs, remove, clear } = useMerkliste();
  const fetcher = useFetcher<typeof loader>();
  const [message, setMessage] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const fetched = fetcher.data?.mode === "shared" ? fetcher.data : null;
  const known = new Set([...(fetched?.entries.map((entry) => entry.slug) ?? []), ...(fetched?.missing ?? [])]);
  const needsFetch = slugs !== null && slugs.some((slug) => !known.has(slug));
  const key = slugs?.join(",") ?? "";

  useEffect(() => {
    // Only for entries not fetched yet: removing needs no round trip. (`fetcher` itself is left
    // out of the dependencies: its identity changes with every state, its state is listed.)
    if (needsFetch && fetcher.state === "idle" && key) fetcher.load(merklisteHref(key.split(",")));
  }, [key, needsFetch, fetcher.state]);

  if (slugs === null) {
    // Server-rendered, replaced as soon as the page runs: what someone without JavaScript
    // (or whose scripts did not load) reads. No <noscript>: it also covers failed scripts.
    return (
      <div className="merkliste-local">
        <p className="lead merkliste-intro">
          Ihre Merkliste wird nur in diesem Browser gespeichert – ohne Konto und ohne Cookie. Um sie anzuzeigen und
          Einträge zu merken, braucht diese Seite JavaScript.
        </p>
        <p>
          Einen geteilten Link auf eine Merkliste (er endet auf <code>/merkliste?ids=…</code>) können Sie auch ohne
          JavaScript öffnen.
        </p>
      </div>
    );
  }

  const bySlug = new Map(fetched?.entries.map((entry) => [entry.slug, entry]));
  const entries = slugs.flatMap((slug) => {
    const entry = bySlug.get(slug);
    return entry ? [entry] : [];
  });
  const missing = slugs.filter((slug) => fetched?.missing.includes(slug));
  const loading = needsFetch;
  const shareUrl = `${origin}${merklisteHref(entries.map((entry) => entry.slug))}`;

  const announce = (text: string) => {
    setMessage(text);
    // The removed button is gone: keep the keyboard focus on the list instead of the page's start.
    heading.current?.focus();
  };
  const removeEntry = (entry: EntryCardData) => announce(changeMessage(remove(entry.slug), entry.title));
  const removeAll = () => {
    if (window.confirm(`Alle ${count(slugs.length, "Eintrag", "Einträge")} von der Merkliste entfernen?`)) {
      announce(changeMessage(clear(), ""));
    }
  };
  const removeMissing = () => {
    for (const slug of missing) remove(slug);
    announce(`${count(missing.length, "nicht mehr vorhandener Eintrag wurde", "nicht mehr vorhandene Einträge wurden")} entfernt.`);
  };

  return (
    <div className="merkliste-local">
      <p className="lead merkliste-intro">
        Ihre Merkliste wird nur in diesem Browser gespeichert – ohne Konto und ohne Cookie. Um sie an einem anderen Gerät
        zu öffnen oder weiterzugeben, teilen Sie den Link.
      </p>
      <h2 id="eintraege" ref={heading} tabIndex={-1}>
        {slugs.length === 0
          ? "Ihre Merkliste ist leer"
          : loading
            ? "Einträge werden geladen …"
            : count(entries.length, "gemerkter Eintrag", "gemerkte Einträge")}
      </h2>
      <p className="merkliste-message" role="status">
        {message}
      </p>
      {slugs.length === 0 ? (
        <p>
          Mit „Merken“ bei den Suchergebnissen und auf den Seiten der Einträge legen Sie Einträge hier ab. Zur{" "}
          <Link to="/suche">Suche</Link>.
        </p>
      ) : (
        <>
          {missing.length > 0 ? (
            <div className="notice" role="status">
              <p>
                {missing.length === 1
                  ? "1 gemerkter Eintrag ist nicht mehr im Portal."
                  : `${missing.length.toLocaleString("de-DE")} gemerkte Einträge sind nicht mehr im Portal.`}
              </p>
              <button type="button" className="button-secondary" onClick={removeMissing}>
                Nicht mehr vorhandene entfernen
              </button>
            </div>
          ) : null}
          {entries.length > 0 ? (
            <>
              <div className="merkliste-toolbar">
                <PrintButton />
                <button type="button" className="button-secondary" onClick={removeAll}>
                  Alle entfernen
                </button>
              </div>
              <EntryList
                entries={entries}
                origin={origin}
                actions={(entry) => (
                  <button
                    type="button"
                    className="merkliste-remove"
                    aria-label={`Entfernen: ${entry.title}`}
                    onClick={() => removeEntry(entry)}
                  >
                    Entfernen
                  </button>
                )}
              />
              <section className="merkliste-share" aria-labelledby="liste-teilen">
                <h2 id="liste-teilen">Liste teilen</h2>
                <p>
                  Der Link zeigt genau diese Einträge, auch ohne JavaScript und auf jedem Gerät. Wer ihn öffnet, kann sie
                  auf die eigene Merkliste übernehmen.
                </p>
                <ShareLink url={shareUrl} label="Link zu dieser Liste" shareTitle="Merkliste – Bildungsportal Landkreis Ludwigsburg" />
                <p>
                  <Link to={merklisteHref(entries.map((entry) => entry.slug))}>Geteilte Ansicht öffnen</Link>
                </p>
              </section>
              <p className="print-only">Diese Liste online: {shareUrl}</p>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useFetcher, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { getDb } from "~/catalogue/db.server";
import { getEntryCards } from "~/catalogue/details.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { localeFromPath, localizePath, messagesFor, useLocale, useLocalize, useMessages, type Locale } from "~/i18n";
import { MERKLISTE_MAX, merklisteHref, parseIds } from "~/merkliste/ids";
import { changeMessage } from "~/merkliste/merken-button";
import { useMerkliste } from "~/merkliste/use-merkliste";
import { EntryCard, type EntryCardData } from "~/ui/entry-card";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ShareLink } from "~/ui/share-link";
import { LinkedText } from "~/ui/linked-text";

export const meta: MetaFunction<typeof loader> = ({ data, location }) => [
  { title: titleOf(localeFromPath(location.pathname)) },
  // A shared list is one of countless combinations: not for search engines.
  ...(data?.mode === "shared" ? [{ name: "robots", content: "noindex" }] : []),
];

export const headers = reuseLoaderHeaders;

/** "Merkliste – Bildungsportal Landkreis Ludwigsburg": the page's title, also for sharing. */
function titleOf(locale: Locale) {
  const { common, merkliste } = messagesFor(locale);
  return common.title(merkliste.title);
}

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

function PrintButton() {
  const texts = useMessages().merkliste;
  return (
    <button type="button" className="button-secondary" onClick={() => window.print()}>
      {texts.print}
    </button>
  );
}

/** What the link named but the page cannot show, said in plain words. */
function IgnoredNotice({ missing, invalid, overLimit }: { missing: number; invalid: number; overLimit: number }) {
  const texts = useMessages().merkliste.ignored;
  if (missing + invalid + overLimit === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{texts.intro}</p>
      <ul>
        {missing > 0 ? <li>{texts.missing(missing)}</li> : null}
        {invalid > 0 ? <li>{texts.invalid(invalid)}</li> : null}
        {overLimit > 0 ? <li>{texts.overLimit(MERKLISTE_MAX, overLimit)}</li> : null}
      </ul>
    </div>
  );
}

export default function MerklistePage() {
  const data = useLoaderData<typeof loader>();
  const texts = useMessages().merkliste;
  return (
    <div className="wrap page merkliste">
      <h1>{texts.title}</h1>
      {data.mode === "shared" ? <SharedList data={data} /> : <LocalList origin={data.origin} />}
    </div>
  );
}

/** A list from a link: shown as it is; with JavaScript its entries can be taken over. */
function SharedList({ data }: { data: SharedData }) {
  const { slugs, addAll } = useMerkliste();
  const texts = useMessages().merkliste;
  const shared = texts.shared;
  const localize = useLocalize();
  const locale = useLocale();
  const [message, setMessage] = useState("");
  const shareUrl = `${data.origin}${localize(merklisteHref(data.entries.map((entry) => entry.slug)))}`;
  const takeOver = () => {
    const result = addAll(data.entries.map((entry) => entry.slug));
    setMessage(
      !result.saved
        ? changeMessage("unavailable", "", texts)
        : result.skipped > 0
          ? shared.takenOverFull(result.added, MERKLISTE_MAX)
          : result.added > 0
            ? shared.takenOver(result.added)
            : shared.alreadyThere,
    );
  };

  return (
    <>
      <p className="lead merkliste-intro">{shared.intro}</p>
      <IgnoredNotice missing={data.missing.length} invalid={data.invalid} overLimit={data.overLimit} />
      <h2 id="eintraege">{shared.heading(data.entries.length)}</h2>
      {data.entries.length === 0 ? (
        <p>
          <LinkedText text={shared.empty} to={localize("/suche")} />
        </p>
      ) : (
        <>
          {slugs !== null ? (
            <div className="merkliste-toolbar">
              <button type="button" onClick={takeOver}>
                {shared.takeOver}
              </button>
              <PrintButton />
              <Link to={localize("/merkliste")}>{shared.myList(slugs.length)}</Link>
            </div>
          ) : null}
          <p className="merkliste-message" role="status">
            {message}
          </p>
          <EntryList entries={data.entries} origin={data.origin} />
          <section className="merkliste-share" aria-labelledby="liste-teilen">
            <h2 id="liste-teilen">{texts.share.title}</h2>
            <ShareLink url={shareUrl} label={texts.share.label} shareTitle={titleOf(locale)} />
          </section>
          <p className="print-only">
            {texts.share.printOnline} {shareUrl}
          </p>
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
  const localize = useLocalize();
  return (
    <ol className="result-list merkliste-list" aria-labelledby="eintraege">
      {entries.map((entry) => (
        <li key={entry.slug}>
          <EntryCard entry={entry} actions={actions?.(entry)} />
          <p className="print-only">
            {origin}
            {localize(`/angebote/${entry.slug}`)}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The list kept in this browser: read from localStorage, its entries fetched by `?ids=`. */
function LocalList({ origin }: { origin: string }) {
  const { slugs, remove, clear } = useMerkliste();
  const texts = useMessages().merkliste;
  const local = texts.local;
  const localize = useLocalize();
  const locale = useLocale();
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
    if (needsFetch && fetcher.state === "idle" && key) fetcher.load(localizePath(merklisteHref(key.split(",")), locale));
  }, [key, needsFetch, fetcher.state, locale]);

  if (slugs === null) {
    // Server-rendered, replaced as soon as the page runs: what someone without JavaScript
    // (or whose scripts did not load) reads. No <noscript>: it also covers failed scripts.
    return (
      <div className="merkliste-local">
        <p className="lead merkliste-intro">{local.noScript}</p>
        <p>
          {local.noScriptShared.before}
          <code>/merkliste?ids=…</code>
          {local.noScriptShared.after}
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
  const sharedHref = localize(merklisteHref(entries.map((entry) => entry.slug)));
  const shareUrl = `${origin}${sharedHref}`;

  const announce = (text: string) => {
    setMessage(text);
    // The removed button is gone: keep the keyboard focus on the list instead of the page's start.
    heading.current?.focus();
  };
  const removeEntry = (entry: EntryCardData) => announce(changeMessage(remove(entry.slug), entry.title, texts));
  const removeAll = () => {
    if (window.confirm(local.confirmRemoveAll(slugs.length))) {
      announce(changeMessage(clear(), "", texts));
    }
  };
  const removeMissing = () => {
    for (const slug of missing) remove(slug);
    announce(local.removedMissing(missing.length));
  };

  return (
    <div className="merkliste-local">
      <p className="lead merkliste-intro">{local.intro}</p>
      <h2 id="eintraege" ref={heading} tabIndex={-1}>
        {slugs.length === 0 ? local.empty : loading ? local.loading : local.heading(entries.length)}
      </h2>
      <p className="merkliste-message" role="status">
        {message}
      </p>
      {slugs.length === 0 ? (
        <p>
          <LinkedText text={local.emptyHelp} to={localize("/suche")} />
        </p>
      ) : (
        <>
          {missing.length > 0 ? (
            <div className="notice" role="status">
              <p>{local.missing(missing.length)}</p>
              <button type="button" className="button-secondary" onClick={removeMissing}>
                {local.removeMissing}
              </button>
            </div>
          ) : null}
          {entries.length > 0 ? (
            <>
              <div className="merkliste-toolbar">
                <PrintButton />
                <button type="button" className="button-secondary" onClick={removeAll}>
                  {local.removeAll}
                </button>
              </div>
              <EntryList
                entries={entries}
                origin={origin}
                actions={(entry) => (
                  <button
                    type="button"
                    className="merkliste-remove"
                    aria-label={local.removeLabel(entry.title)}
                    onClick={() => removeEntry(entry)}
                  >
                    {local.remove}
                  </button>
                )}
              />
              <section className="merkliste-share" aria-labelledby="liste-teilen">
                <h2 id="liste-teilen">{texts.share.title}</h2>
                <p>{texts.share.text}</p>
                <ShareLink url={shareUrl} label={texts.share.label} shareTitle={titleOf(locale)} />
                <p>
                  <Link to={sharedHref}>{texts.share.openShared}</Link>
                </p>
              </section>
              <p className="print-only">
                {texts.share.printOnline} {shareUrl}
              </p>
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

// Maps on server-rendered pages: a box of fixed height that shows a placeholder until the
// map code (its own chunk, loaded only here) has arrived, and a caption that says what the
// map shows in words. Nothing on the map is reachable only through the map.
import { lazy, Suspense, type ComponentProps, type ComponentType, type ReactNode } from "react";
import { ClientOnly } from "remix-utils/client-only";
import { useHydrated } from "remix-utils/use-hydrated";
import { useMessages } from "~/i18n";

const ResultsMap = lazy(() => import("./results-map.client"));
const MunicipalityMap = lazy(() => import("./municipality-map.client"));
const OverviewMap = lazy(() => import("./overview-map.client"));
const EntryMap = lazy(() => import("./entry-map.client"));

/**
 * Before the page runs: the "needs JavaScript" note (shown only without JavaScript); once it
 * runs: "Karte wird geladen …". No inline style, which the Content-Security-Policy forbids.
 */
function Placeholder({ small, noScript }: { small?: boolean; noScript?: string }) {
  const { map } = useMessages();
  const hydrated = useHydrated();
  return (
    <div className={`map-box map-placeholder${small ? " map-box--small" : ""}`}>
      {hydrated ? (
        <p className="map-placeholder__loading">{map.loading}</p>
      ) : (
        <noscript>
          <p>{noScript ?? map.needsJavaScript}</p>
        </noscript>
      )}
    </div>
  );
}

/** A lazily loaded map (a `lazy()` of a `*.client.tsx` module) in its figure. */
export function MapFigure<P extends object>({
  map: Map,
  props,
  caption,
  small,
  className,
  load = true,
  noScript,
  children,
}: {
  map: ComponentType<P>;
  props: P;
  caption: ReactNode;
  small?: boolean;
  className?: string;
  /** false: keep the placeholder and do not fetch the map code (yet). */
  load?: boolean;
  /** Where to find the map's content without JavaScript, instead of the public pages' note. */
  noScript?: string;
  /** Shown between the map and the caption, with or without JavaScript (a legend). */
  children?: ReactNode;
}) {
  const placeholder = <Placeholder small={small} noScript={noScript} />;
  return (
    <figure className={`map-figure${className ? ` ${className}` : ""}`}>
      {load ? (
        <ClientOnly fallback={placeholder}>
          {() => (
            <Suspense fallback={placeholder}>
              <Map {...props} />
            </Suspense>
          )}
        </ClientOnly>
      ) : (
        placeholder
      )}
      {children}
      <figcaption className="map-caption">{caption}</figcaption>
    </figure>
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Framed<C extends ComponentType<any>> = ComponentProps<C> & { caption: ReactNode; className?: string };

export function ResultsMapFrame({ caption, className, load, ...props }: Framed<typeof ResultsMap> & { load: boolean }) {
  return <MapFigure map={ResultsMap} props={props} caption={caption} className={className} load={load} />;
}

export function MunicipalityMapFrame({ caption, className, ...props }: Framed<typeof MunicipalityMap>) {
  return <MapFigure map={MunicipalityMap} props={props} caption={caption} className={className} />;
}

export function OverviewMapFrame({ caption, className, ...props }: Framed<typeof OverviewMap>) {
  return <MapFigure map={OverviewMap} props={props} caption={caption} className={className} />;
}

export function EntryMapFrame({ caption, className, ...props }: Framed<typeof EntryMap>) {
  return <MapFigure map={EntryMap} props={props} caption={caption} className={className} small />;
}

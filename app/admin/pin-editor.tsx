// The position picker of the entry form: Leaflet code loaded lazily on the client only, a
// placeholder of the same height before. The latitude and longitude fields next to it are
// the way that always works; the map only fills them in.
import { lazy, Suspense } from "react";
import { ClientOnly } from "remix-utils/client-only";
import { useHydrated } from "remix-utils/use-hydrated";
import { useTileConfig } from "~/map/map-config";
import type { PinEditorProps } from "~/map/pin-editor.client";
import { LANDKREIS_BOX } from "./entry-form";

const PinEditor = lazy(() => import("~/map/pin-editor.client"));

function Placeholder() {
  const hydrated = useHydrated();
  return (
    <div className="map-box map-placeholder">
      {hydrated ? (
        <p className="map-placeholder__loading">Karte wird geladen …</p>
      ) : (
        <noscript>
          <p>Die Karte braucht JavaScript. Tragen Sie Breiten- und Längengrad direkt in die Felder ein.</p>
        </noscript>
      )}
    </div>
  );
}

export function PinEditorFrame(props: Omit<PinEditorProps, "tiles" | "box">) {
  const tiles = useTileConfig();
  return (
    <figure className="map-figure pin-editor-figure">
      <ClientOnly fallback={<Placeholder />}>
        {() => (
          <Suspense fallback={<Placeholder />}>
            <PinEditor {...props} tiles={tiles} box={LANDKREIS_BOX} />
          </Suspense>
        )}
      </ClientOnly>
      <figcaption className="map-caption">
        Klicken Sie in die Karte oder ziehen Sie die Markierung: Breiten- und Längengrad werden übernommen. Eine so gesetzte Position gilt
        als genau (Herkunft „Redaktion (Karte)“).
      </figcaption>
    </figure>
  );
}

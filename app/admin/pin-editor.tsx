// The position picker of the entry form: Leaflet code loaded lazily on the client only, a
// placeholder of the same height before. The latitude and longitude fields next to it are
// the way that always works; the map only fills them in.
import { lazy } from "react";
import { MapFigure } from "~/map/map-frame";
import { useTileConfig } from "~/map/map-config";
import type { PinEditorProps } from "~/map/pin-editor.client";
import { LANDKREIS_BOX } from "./entry-form";

const PinEditor = lazy(() => import("~/map/pin-editor.client"));

export function PinEditorFrame(props: Omit<PinEditorProps, "tiles" | "box">) {
  const tiles = useTileConfig();
  return (
    <MapFigure
      map={PinEditor}
      props={{ ...props, tiles, box: LANDKREIS_BOX }}
      className="pin-editor-figure"
      noScript="Die Karte braucht JavaScript. Tragen Sie Breiten- und Längengrad direkt in die Felder ein."
      caption={
        <>
          Klicken Sie in die Karte oder ziehen Sie die Markierung: Breiten- und Längengrad werden übernommen. Eine so gesetzte Position gilt
          als genau (Herkunft „Redaktion (Karte)“).
        </>
      }
    />
  );
}

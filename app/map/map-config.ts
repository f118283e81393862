// The map settings the root loader hands every page (see publicConfig in env.server.ts).
import { useRouteLoaderData } from "@remix-run/react";
import type { TileConfig } from "./types";

export function useTileConfig(): TileConfig {
  const data = useRouteLoaderData("root") as { config?: { tiles: TileConfig } } | undefined;
  return data?.config?.tiles ?? null;
}

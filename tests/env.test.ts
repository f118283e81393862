// The environment: safe defaults without a .env, and map tiles only when fully configured.
import { describe, expect, it } from "vitest";
import { getEnv as getEnvFrom, publicConfig } from "~/env.server";

const getEnv = (source: Record<string, string>) => getEnvFrom(source as NodeJS.ProcessEnv);

const TILES = "https://tiles.example.org/{z}/{x}/{y}.png";

describe("environment", () => {
  it("starts with defaults and the private basemap", () => {
    const env = getEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_PATH).toBe(".data/catalogue.sqlite");
    expect(publicConfig(env)).toEqual({ tiles: null, feedbackEmail: null });
  });

  it("switches raster tiles on with a URL and an attribution", () => {
    const env = getEnv({ PUBLIC_TILE_URL: TILES, PUBLIC_TILE_ATTRIBUTION: "© Beispiel-Kachelserver" });
    expect(publicConfig(env).tiles).toEqual({ url: TILES, attribution: "© Beispiel-Kachelserver" });
  });

  it.each([
    [{ PUBLIC_TILE_URL: TILES }, /PUBLIC_TILE_ATTRIBUTION/],
    [{ PUBLIC_TILE_URL: "https://tiles.example.org/tile.png", PUBLIC_TILE_ATTRIBUTION: "x" }, /\{z\}, \{x\} und \{y\}/],
    [{ PUBLIC_TILE_URL: "ftp://tiles.example.org/{z}/{x}/{y}.png", PUBLIC_TILE_ATTRIBUTION: "x" }, /http\(s\)/],
    [{ PORT: "nope" }, /PORT/],
  ])("refuses %o with a message naming the problem", (source, message) => {
    expect(() => getEnv(source)).toThrow(message);
  });

  it("treats empty values as unset", () => {
    expect(publicConfig(getEnv({ PUBLIC_TILE_URL: "", PUBLIC_TILE_ATTRIBUTION: "" })).tiles).toBeNull();
  });
});

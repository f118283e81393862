import fs from "node:fs";

/** Route files that answer JSON or files, not pages, and the German-only back office: no English twin. */
const NOT_PAGES = /^(api\.|healthz|karte\.|admin[._])/;

/** "gemeinden.$slug.tsx" → "/gemeinden/:slug", "_index.tsx" → "/" (flat routes without layouts). */
function pathOf(file) {
  const name = file.replace(/\.tsx?$/, "");
  if (name === "_index") return "/";
  return `/${name
    .replace(/\._index$/, "")
    .split(".")
    .map((segment) => (segment.startsWith("$") ? `:${segment.slice(1)}` : segment))
    .join("/")}`;
}

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.*"],
  serverModuleFormat: "esm",
  // Everything generated lives under build/, so the project's top level stays as it is.
  serverBuildPath: "build/server/index.js",
  assetsBuildDirectory: "build/client/build",
  publicPath: "/build/",
  // Every page also answers under /en (English UI, same German slugs): the same module,
  // its own route id. Pages read the language from the URL (app/i18n).
  routes: async (defineRoutes) =>
    defineRoutes((route) => {
      const files = fs.readdirSync("app/routes").filter((file) => /\.tsx?$/.test(file) && !NOT_PAGES.test(file));
      for (const file of files.sort()) {
        const path = pathOf(file);
        route(path === "/" ? "/en" : `/en${path}`, `routes/${file}`, { id: `en/${file.replace(/\.tsx?$/, "")}` });
      }
    }),
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: false,
  },
};

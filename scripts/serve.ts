// The web server: the Remix build on node:http, with the built assets and gzip, and nothing
// per request that the portal does not need (no access log: the portal keeps no record of
// who searched for what).
//   node --import tsx scripts/serve.ts [build/server/index.js]
// PORT (default 3000) and HOST (default all interfaces) choose where it listens. Under
// `remix dev` (NODE_ENV=development) it is restarted after every rebuild and reports ready.
import { broadcastDevReady, createRequestHandler, type ServerBuild } from "@remix-run/node";
import { createRequestListener, type ClientAddress } from "@remix-run/node-fetch-server";
import compression from "compression";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import crypto from "node:crypto";
import serveStatic from "serve-static";
import { JSON_CONTENT_TYPE, type JsonApiAnswer } from "../app/http/json-api";
import { baseSecurityHeaders, contentSecurityPolicy, tileOrigin } from "../app/http/security";

const buildPath = path.resolve(process.argv[2] ?? "build/server/index.js");
const mode = process.env.NODE_ENV === "development" ? "development" : "production";
// Node 20 has fetch, Request, Response and FormData built in; the app uses those rather
// than the polyfills Remix's `installGlobals()` would put in their place.
const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
const handleRequest = createRequestHandler(build, mode);

const tiles = tileOrigin(process.env.PUBLIC_TILE_URL);
// Computed once: every response gets one of the two sets.
const securityHeaders = {
  http: Object.entries(baseSecurityHeaders({ https: false })),
  https: Object.entries(baseSecurityHeaders({ https: true })),
};

// Web requests and responses for Remix, written straight to the socket. Each page gets a
// fresh nonce for Remix's inline scripts and the Content-Security-Policy that allows them.
// The client address reaches the app only for the back office's login throttling.
// Behind a reverse proxy (TRUST_PROXY=1) address and protocol come from its X-Forwarded-* headers.
const trustProxy = /^(1|true)$/.test(process.env.TRUST_PROXY ?? "");
const remix = createRequestListener(async (request: Request, client: ClientAddress) => {
  // Made when the page render first asks for it: JSON answers need none.
  let nonce: string | undefined;
  const context = {
    get cspNonce() {
      return (nonce ??= crypto.randomBytes(16).toString("base64"));
    },
    clientAddress: client.address,
  };
  const response = await handleRequest(request, context);
  // Only documents run scripts; JSON and other answers go out untouched (and fast).
  if (!response.headers.get("Content-Type")?.startsWith("text/html")) return response;
  const headers = new Headers(response.headers);
  headers.set("Content-Security-Policy", contentSecurityPolicy(context.cspNonce, { tiles }));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}, { trustProxy });
/*
 * The public JSON API answers straight from its route modules: a route that exports `answer`
 * (app/http/json-api.ts) is served here for GET and HEAD with the same function its Remix
 * loader wraps, without turning request and answer into web Request/Response objects and
 * streams. That conversion and Remix's routing cost about 1.2 ms per search on a 2-core
 * machine, more than half of what the portal added to the engine's time (README,
 * Measurements). Other methods, and paths Remix would also match (a trailing slash,
 * percent-encoding), still go through Remix and get the same answer.
 */
function jsonApiRoutes(routes: ServerBuild["routes"]) {
  const fullPath = (id: string | undefined): string => {
    const route = id ? routes[id] : undefined;
    if (!route) return "";
    const parent = fullPath(route.parentId);
    return route.path ? `${parent}/${route.path}` : parent;
  };
  const answers = new Map<string, JsonApiAnswer>();
  for (const route of Object.values(routes)) {
    const { answer } = route.module as { answer?: JsonApiAnswer };
    const pathname = fullPath(route.id);
    if (typeof answer === "function" && !/[:*]/.test(pathname)) answers.set(pathname, answer);
  }
  return answers;
}
const jsonApi = jsonApiRoutes(build.routes);

/** Answers a JSON API request, or returns false for Remix to handle it. */
function answerJsonApi(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  let url: URL;
  try {
    url = new URL(request.url ?? "/", "http://localhost");
  } catch {
    return false; // a target URL cannot parse ("//", say): Remix answers it as it always has
  }
  const answer = jsonApi.get(url.pathname);
  if (!answer) return false;
  answer(url.searchParams).then(
    ({ status, headers, body }) => {
      const text = JSON.stringify(body);
      response.writeHead(status, { "Content-Type": JSON_CONTENT_TYPE, ...headers, "Content-Length": Buffer.byteLength(text) });
      response.end(request.method === "HEAD" ? undefined : text);
    },
    (error: unknown) => {
      console.error(error);
      response.writeHead(500, { "Content-Type": JSON_CONTENT_TYPE, "Cache-Control": "no-store" });
      response.end(JSON.stringify({ error: "Interner Fehler" }));
    },
  );
  return true;
}

type Middleware = (request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void;
// Typed for Express, written for plain node:http.
const compress = compression() as unknown as Middleware;
// Hashed file names: cached for a year.
const assets = serveStatic(build.assetsBuildDirectory, { immutable: true, maxAge: "1y", index: false, fallthrough: false });
// Checked once: without the folder every request would cost a failed stat.
const publicFiles = fs.existsSync("public") ? serveStatic("public", { maxAge: "1h", index: false }) : null;

const server = http.createServer((request, response) => {
  const https = "encrypted" in request.socket || (trustProxy && request.headers["x-forwarded-proto"] === "https");
  for (const [name, value] of securityHeaders[https ? "https" : "http"]) response.setHeader(name, value);
  compress(request, response, () => {
    const url = request.url ?? "/";
    if (url.startsWith(build.publicPath)) {
      request.url = url.slice(build.publicPath.length - 1);
      return assets(request, response, (error?: { statusCode?: number }) => {
        response.writeHead(error?.statusCode ?? 404, { "Content-Type": "text/plain; charset=utf-8" });
        response.end("Nicht gefunden");
      });
    }
    if (answerJsonApi(request, response)) return;
    if (publicFiles) return publicFiles(request, response, () => void remix(request, response));
    void remix(request, response);
  });
});
// Idle keep-alive connections outlive a proxy's usual 60 s, so the proxy closes first.
server.keepAliveTimeout = 65_000;

const port = Number(process.env.PORT) || 3000;
server.listen(port, process.env.HOST || undefined, () => {
  console.log(`[serve] http://localhost:${port}`);
  if (mode === "development") void broadcastDevReady(build);
});

function stop() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Requests still running get a moment to finish.
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, 3_000).unref();
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);

// Launches the Chromium that ships in the @sparticuz/chromium npm package (unpacked to the
// temp dir on first use), so browser tests need nothing but `npm ci`. CHROMIUM_PATH points
// at another build instead, e.g. Debian's /usr/bin/chromium.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import chromium from "@sparticuz/chromium";
import { chromium as playwright, type Browser, type Page } from "playwright-core";

// Flags from @sparticuz/chromium that do not suit a test run on a normal Linux machine:
// --single-process makes closing a browser context take the whole browser down, and the
// "insecure" ones would hide CORS, mixed content and CSP problems the app might have.
const DROPPED_FLAGS = new Set([
  "--single-process",
  "--disable-web-security",
  "--allow-running-insecure-content",
  "--disable-site-isolation-trials",
]);
const EXTRA_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function chromiumArgs(): string[] {
  const packaged = chromium.args.filter((flag) => !flag.startsWith("--headless") && !DROPPED_FLAGS.has(flag));
  return [...new Set([...packaged, ...EXTRA_FLAGS])];
}

function systemHasLibrary(name: string) {
  try {
    return execFileSync("/sbin/ldconfig", ["-p"], { encoding: "utf8" }).includes(name);
  } catch {
    return true; // cannot tell; let the launch show the real error
  }
}

/**
 * The packaged Chromium links against NSS (libnss3, libnspr4), which minimal Debian images
 * lack. The package carries those libraries for Amazon Linux (al2023.tar.br) but only
 * unpacks them on AWS; they load on Debian 12 too, so unpack them here when needed.
 */
function bundledLibraryPath(): string | undefined {
  if (process.env.CHROMIUM_BUNDLED_LIBS !== "1" && systemHasLibrary("libnss3.so")) return undefined;
  const target = path.join(os.tmpdir(), "al2023");
  const lib = path.join(target, "lib");
  if (!fs.existsSync(path.join(lib, "libnss3.so"))) {
    const require = createRequire(import.meta.url);
    // The package exports only its entry (build/cjs/index.cjs); bin/ sits two levels up.
    const binDir = path.resolve(path.dirname(require.resolve("@sparticuz/chromium")), "..", "..", "bin");
    const tar = zlib.brotliDecompressSync(fs.readFileSync(path.join(binDir, "al2023.tar.br")));
    const staging = fs.mkdtempSync(path.join(os.tmpdir(), "al2023-"));
    execFileSync("tar", ["-x", "-C", staging], { input: tar });
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(staging, target);
  }
  return lib;
}

/** `extraArgs`, e.g. a remote-debugging port for Lighthouse. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || (await chromium.executablePath());
  const libraryPath = process.env.CHROMIUM_PATH ? undefined : bundledLibraryPath();
  return playwright.launch({
    executablePath,
    args: [...chromiumArgs(), ...extraArgs],
    headless: true,
    env: libraryPath
      ? { ...process.env, LD_LIBRARY_PATH: [libraryPath, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":") }
      : process.env,
  });
}

export type PageProblems = { consoleErrors: string[]; failedRequests: string[] };

/**
 * Collects what a user would not see but a developer must: console errors and failed
 * requests. With JavaScript off, Chromium blocks the module preloads itself ("csp").
 */
export function watchPage(page: Page, options: { javaScriptEnabled: boolean }): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(`Uncaught: ${error.message}`));
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "failed";
    // A navigation that supersedes a pending request aborts it; that is not a failure.
    if (reason === "net::ERR_ABORTED") return;
    if (!options.javaScriptEnabled && reason === "csp" && request.resourceType() === "script") return;
    problems.failedRequests.push(`${request.method()} ${request.url()}: ${reason}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

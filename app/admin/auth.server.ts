// Accounts and sessions of the back office. Sessions live in SQLite; the cookie carries a
// random id (signed), the table only its SHA-256, so a copy of the database opens no session.
// Every form carries a CSRF token that must equal the one in a signed cookie (double submit:
// another site can neither read the cookie nor forge its signature).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createCookie, redirect, type Cookie } from "@remix-run/node";
import { and, eq, gt, isNull, lt } from "drizzle-orm";
import { sessions, users, type Role, type User } from "../../db/schema";
import { getDb, type CatalogueDb } from "~/catalogue/db.server";
import { getEnv } from "~/env.server";
import { verifyAgainstDummy, verifyPassword } from "./password.server";
import { ACCOUNT_RULE, ADDRESS_RULE, LoginThrottle, waitText } from "./throttle";

export const SESSION_TTL_MS = 8 * 60 * 60_000;
export const CSRF_FIELD = "csrf";

export type AdminUser = Pick<User, "id" | "email" | "name" | "role">;
export type AdminSession = { user: AdminUser; idHash: string };

/** SESSION_SECRET, or a secret generated once into DATA_DIR (0600). */
export function sessionSecrets(env = getEnv()): string[] {
  if (env.SESSION_SECRET) return env.SESSION_SECRET.split(/\s+/).filter(Boolean);
  const file = path.join(env.DATA_DIR, "session-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(env.DATA_DIR, { recursive: true });
    try {
      // "wx": two processes starting at once must not overwrite each other's secret.
      fs.writeFileSync(file, `${crypto.randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return [fs.readFileSync(file, "utf8").trim()];
}

let secrets: string[] | undefined;
const getSecrets = () => (secrets ??= sessionSecrets());

/** Over HTTPS (directly or behind a proxy that says so) cookies get the Secure flag. */
export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

const cookies = new Map<string, Cookie>();
function cookie(name: string, secure: boolean, maxAge?: number): Cookie {
  const key = `${name}|${secure}`;
  let made = cookies.get(key);
  if (!made) {
    made = createCookie(name, { path: "/admin", httpOnly: true, sameSite: "lax", secure, secrets: getSecrets(), maxAge });
    cookies.set(key, made);
  }
  return made;
}

const sessionCookie = (request: Request) => cookie("bp_sitzung", isHttps(request), SESSION_TTL_MS / 1000);
const csrfCookie = (request: Request) => cookie("bp_csrf", isHttps(request));

const sha256 = (value: string) => crypto.createHash("sha256").update(value).digest("base64url");

async function cookieToken(request: Request): Promise<string | null> {
  const value: unknown = await csrfCookie(request).parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length >= 32 ? value : null;
}

/** The CSRF token for the page's forms, and the cookie to set when it is new. */
export async function csrfToken(request: Request) {
  const existing = await cookieToken(request);
  if (existing) return { token: existing, headers: undefined };
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, headers: { "Set-Cookie": await csrfCookie(request).serialize(token) } };
}

/** Throws 403 unless the form carries the token of this browser's CSRF cookie. */
export async function verifyCsrf(request: Request, formData: FormData) {
  const expected = await cookieToken(request);
  const sent = formData.get(CSRF_FIELD);
  const valid =
    expected !== null &&
    typeof sent === "string" &&
    sent.length === expected.length &&
    crypto.timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
  if (!valid) {
    throw new Response(
      "Das Formular ist abgelaufen oder kam nicht von dieser Seite (Sicherheitstoken fehlt oder passt nicht). Bitte laden Sie die Seite neu und senden Sie es noch einmal.",
      { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } },
    );
  }
}

/** Reads and checks the session cookie; null when there is no valid session. */
export async function getSession(request: Request, db: CatalogueDb = getDb()): Promise<AdminSession | null> {
  const id: unknown = await sessionCookie(request).parse(request.headers.get("Cookie"));
  if (typeof id !== "string" || id.length < 20) return null;
  const idHash = sha256(id);
  const row = db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, new Date().toISOString()), isNull(users.disabledAt)))
    .get();
  return row ? { user: row, idHash } : null;
}

function loginRedirect(request: Request) {
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  const query = back === "/admin" ? "" : `?weiter=${encodeURIComponent(back)}`;
  return redirect(`/admin/login${query}`, { headers: { "Cache-Control": "no-store" } });
}

/** The signed-in user; anyone else is sent to the login (and back here afterwards). */
export async function requireUser(request: Request, db: CatalogueDb = getDb()): Promise<AdminUser> {
  const session = await getSession(request, db);
  if (!session) throw loginRedirect(request);
  return session.user;
}

export function hasRole(user: AdminUser, role: Role) {
  return role === "editor" || user.role === "admin";
}

/** Only administrators manage accounts; editors get a 403. */
export async function requireAdmin(request: Request, db: CatalogueDb = getDb()): Promise<AdminUser> {
  const user = await requireUser(request, db);
  if (user.role !== "admin") {
    throw new Response("Nur Administratorinnen und Administratoren dürfen Benutzerkonten verwalten.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return user;
}

/**
 * A signed-in user's form action: session and CSRF token checked, the form data read once.
 * Without a session the browser goes to the login; a missing or wrong token gets a 403.
 */
export async function requireUserAction(request: Request, options: { admin?: boolean } = {}) {
  const user = options.admin ? await requireAdmin(request) : await requireUser(request);
  const formData = await request.formData();
  await verifyCsrf(request, formData);
  return { user, formData };
}

const accountThrottle = new LoginThrottle(ACCOUNT_RULE);
const addressThrottle = new LoginThrottle(ADDRESS_RULE);

export type LoginResult =
  | { ok: true; user: AdminUser }
  | { ok: false; reason: "invalid"; message: string }
  | { ok: false; reason: "throttled"; message: string; retryAfterMs: number };

/** Checks e-mail and password under the throttles of the account and the client address. */
export async function attemptLogin(
  db: CatalogueDb,
  input: { email: string; password: string; clientAddress: string },
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const accountKey = `konto:${email}`;
  const addressKey = `adresse:${input.clientAddress}`;
  const wait = Math.max(accountThrottle.retryAfter(accountKey), addressThrottle.retryAfter(addressKey));
  if (wait > 0) {
    return {
      ok: false,
      reason: "throttled",
      retryAfterMs: wait,
      message: `Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie ${waitText(wait)} und versuchen Sie es dann erneut.`,
    };
  }
  const user = db.select().from(users).where(eq(users.email, email)).get();
  const valid =
    user && !user.disabledAt ? await verifyPassword(input.password, user.passwordHash) : await verifyAgainstDummy(input.password);
  if (!valid || !user) {
    accountThrottle.fail(accountKey);
    addressThrottle.fail(addressKey);
    return { ok: false, reason: "invalid", message: "E-Mail-Adresse oder Passwort ist nicht richtig." };
  }
  accountThrottle.succeed(accountKey);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/**
 * Starts a fresh session (a new id at every login, so an id planted before the login is
 * worthless) and ends the one the browser had. Returns the Set-Cookie header.
 */
export async function createSession(request: Request, db: CatalogueDb, userId: number): Promise<string> {
  const previous = await getSession(request, db);
  const id = crypto.randomBytes(32).toString("base64url");
  const now = new Date();
  db.transaction((tx) => {
    if (previous) tx.delete(sessions).where(eq(sessions.idHash, previous.idHash)).run();
    tx.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())).run();
    tx.insert(sessions)
      .values({
        idHash: sha256(id),
        userId,
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
      })
      .run();
  });
  return sessionCookie(request).serialize(id);
}

/** Ends the session of this browser; returns the Set-Cookie header that clears the cookie. */
export async function destroySession(request: Request, db: CatalogueDb = getDb()): Promise<string> {
  const session = await getSession(request, db);
  if (session) db.delete(sessions).where(eq(sessions.idHash, session.idHash)).run();
  return sessionCookie(request).serialize("", { maxAge: 0 });
}

/** Ends every session of a user (password changed, account disabled or deleted). */
export function endSessionsOf(db: Pick<CatalogueDb, "delete">, userId: number) {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** The client address the web server passed in; only used for throttling, never stored. */
export function clientAddressOf(context: unknown): string {
  const address = (context as { clientAddress?: unknown } | undefined)?.clientAddress;
  return typeof address === "string" && address ? address : "unbekannt";
}

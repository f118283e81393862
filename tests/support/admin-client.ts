// The back office over plain HTTP against the built app: a temp catalogue with accounts served
// as `npm start` serves it, and a client that keeps cookies and fills in the CSRF token the
// way a browser without JavaScript does.
import { createUser } from "~/admin/users.server";
import { ensureSearchKey } from "~/search/meili.server";
import { syncSearchIndex } from "~/search/sync.server";
import { createTempCatalogue, type TempCatalogue } from "./catalogue";
import { dropTestIndex, testEngineConfig } from "./engine";
import { serveApp, type ServedApp } from "./server";

export type Account = { email: string; password: string };

/** A browser's cookie jar, just enough for the back office's forms. */
export class Client {
  readonly cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string, private readonly options: { forwardedFor?: string } = {}) {}

  async request(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("Cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    if (this.options.forwardedFor) headers.set("X-Forwarded-For", this.options.forwardedFor);
    const response = await fetch(`${this.baseUrl}${path}`, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...rest] = (pair ?? "").split("=");
      if (!name) continue;
      const value = rest.join("=");
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }

  /** The CSRF token of the form on `path`. */
  async csrf(path: string) {
    let response = await this.request(path);
    // Signed in already: the login page sends on to the back office, whose forms carry it too.
    if (response.status === 302) response = await this.request(response.headers.get("Location") ?? "/admin");
    const html = await response.text();
    const token = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error(`Kein CSRF-Feld auf ${path}`);
    return token;
  }

  async post(path: string, fields: Record<string, string>) {
    return this.request(path, { method: "POST", body: new URLSearchParams(fields) });
  }

  async login(account: Account) {
    const csrf = await this.csrf("/admin/login");
    return this.post("/admin/login", { ...account, csrf });
  }
}

export type AdminApp = { app: ServedApp; catalogue: TempCatalogue; stop: () => Promise<void> };

/**
 * A temp catalogue with these accounts, its own index on the run's Meilisearch and the app
 * serving both. `indexed: false` leaves the index empty, for pages that need none (the
 * server then may report itself unhealthy, so it is not waited for).
 */
export async function serveAdminApp(
  name: string,
  {
    accounts,
    indexed = true,
    extraEnv,
  }: { accounts: (Account & { name: string; role: "admin" | "editor" })[]; indexed?: boolean; extraEnv?: Record<string, string> }
): Promise<AdminApp> {
  const config = testEngineConfig(name);
  const catalogue = createTempCatalogue(name);
  let app: ServedApp | undefined;
  const stop = async () => {
    await app?.stop();
    await dropTestIndex(config);
    catalogue.cleanup();
  };
  try {
    if (indexed) await syncSearchIndex(catalogue.db, config);
    const searchKey = await ensureSearchKey(config);
    for (const account of accounts) await createUser(catalogue.db, account, { script: "test" });
    app = await serveApp(
      {
        databasePath: catalogue.databasePath,
        dataDir: catalogue.dir,
        meiliUrl: config.url,
        meiliIndex: config.indexUid,
        meiliSearchKey: searchKey ?? "",
        extraEnv,
      },
      { requireHealthy: indexed }
    );
    return { app, catalogue, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

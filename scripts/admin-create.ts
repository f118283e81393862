// Creates a back-office account. There are no default accounts; the first admin is made here.
//   npm run admin:create -- --email name@example.org [--name "Vorname Nachname"] [--role admin|editor]
// Asks for the password twice (not echoed). Without a terminal it reads one line from stdin,
// so it can be scripted: `printf '%s\n' "$PASSWORD" | npm run admin:create -- --email …`.
import fs from "node:fs";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { createUser, UserError } from "~/admin/users.server";
import { fieldErrors, NewUserSchema } from "~/admin/user-form";
import { getEnv } from "~/env.server";
import { closeCatalogue, prepareCatalogue } from "./runtime";

function fail(message: string): never {
  console.error(`[admin] ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" } },
  strict: true,
});
if (!values.email) fail("Bitte mit --email aufrufen, z. B. npm run admin:create -- --email name@example.org");

/** Reads a line from the terminal without echoing it; without a terminal, the first line of stdin. */
function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) return Promise.resolve(fs.readFileSync(0, "utf8").split(/\r?\n/)[0] ?? "");
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    process.stdout.write(question);
    // Mute the echo of the typed characters.
    (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => {};
    rl.once("line", (line) => {
      process.stdout.write("\n");
      rl.close();
      resolve(line);
    });
    rl.once("close", () => resolve(""));
  });
}

const password = await ask("Passwort (mindestens 12 Zeichen): ");
if (process.stdin.isTTY) {
  const again = await ask("Passwort wiederholen: ");
  if (again !== password) fail("Die Passwörter stimmen nicht überein. Es wurde kein Konto angelegt.");
}

const parsed = NewUserSchema.safeParse({
  email: values.email,
  name: values.name ?? values.email,
  role: values.role,
  password,
});
if (!parsed.success) {
  fail(Object.values(fieldErrors(parsed.error)).join(" "));
}

const { db } = prepareCatalogue(getEnv().DATABASE_PATH);
try {
  const user = await createUser(db, parsed.data, { script: "admin:create" });
  console.log(`[admin] Konto angelegt: ${user.name} <${user.email}> (${user.role === "admin" ? "Administration" : "Redaktion"})`);
} catch (error) {
  if (error instanceof UserError) fail(error.message);
  throw error;
} finally {
  closeCatalogue(db);
}

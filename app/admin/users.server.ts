import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { users, type Role } from "../../db/schema";
import type { CatalogueDb } from "~/catalogue/db.server";
import { recordAudit, type Actor } from "./audit.server";
import { endSessionsOf } from "./auth.server";
import { hashPassword } from "./password.server";
import type { NewUserInput } from "./user-form";

export class UserError extends Error {
  constructor(
    public field: string,
    message: string,
  ) {
    super(message);
  }
}

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
};

export function listUsers(db: CatalogueDb) {
  return db.select(publicColumns).from(users).orderBy(asc(users.name)).all();
}

export function findUser(db: CatalogueDb, id: number) {
  return db.select(publicColumns).from(users).where(eq(users.id, id)).get() ?? null;
}

const snapshot = (user: { email: string; name: string; role: Role; disabledAt?: string | null }) => ({
  email: user.email,
  name: user.name,
  role: user.role,
  disabled: Boolean(user.disabledAt),
});

/** Creates an account; the password is hashed before the transaction starts. */
export async function createUser(db: CatalogueDb, input: NewUserInput, actor: Actor) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get()) {
      throw new UserError("email", "Für diese E-Mail-Adresse gibt es schon ein Konto.");
    }
    const created = tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, passwordHash })
      .returning(publicColumns)
      .get();
    recordAudit(tx, { actor, entity: "user", entityId: created.id, action: "create", after: snapshot(created) });
    return created;
  });
}

function activeAdminsExcept(tx: Pick<CatalogueDb, "select">, id: number) {
  const row = tx
    .select({ count: sql<number>`count(*)` })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt), ne(users.id, id)))
    .get();
  return row?.count ?? 0;
}

/** Changes name, role or the disabled flag; the last active admin cannot lose the role. */
export function updateUser(
  db: CatalogueDb,
  id: number,
  change: { name: string; role: Role; disabled: boolean },
  actor: Actor,
) {
  return db.transaction((tx) => {
    const before = tx.select(publicColumns).from(users).where(eq(users.id, id)).get();
    if (!before) throw new Response("Dieses Benutzerkonto gibt es nicht.", { status: 404 });
    const losesAdmin = before.role === "admin" && !before.disabledAt && (change.role !== "admin" || change.disabled);
    if (losesAdmin && activeAdminsExcept(tx, id) === 0) {
      throw new UserError("role", "Das letzte aktive Administrationskonto kann weder herabgestuft noch gesperrt werden.");
    }
    const disabledAt = change.disabled ? (before.disabledAt ?? new Date().toISOString()) : null;
    const after = tx
      .update(users)
      .set({ name: change.name, role: change.role, disabledAt, updatedAt: new Date().toISOString() })
      .where(eq(users.id, id))
      .returning(publicColumns)
      .get();
    if (change.disabled) endSessionsOf(tx, id);
    recordAudit(tx, { actor, entity: "user", entityId: id, action: "update", before: snapshot(before), after: snapshot(after) });
    return after;
  });
}

/** Sets a new password and ends the user's sessions. */
export async function setPassword(db: CatalogueDb, id: number, password: string, actor: Actor) {
  const passwordHash = await hashPassword(password);
  db.transaction((tx) => {
    const found = tx.select({ id: users.id }).from(users).where(eq(users.id, id)).get();
    if (!found) throw new Response("Dieses Benutzerkonto gibt es nicht.", { status: 404 });
    tx.update(users).set({ passwordHash, updatedAt: new Date().toISOString() }).where(eq(users.id, id)).run();
    endSessionsOf(tx, id);
    recordAudit(tx, { actor, entity: "user", entityId: id, action: "password" });
  });
}

export function deleteUser(db: CatalogueDb, id: number, actor: Actor) {
  db.transaction((tx) => {
    const before = tx.select(publicColumns).from(users).where(eq(users.id, id)).get();
    if (!before) throw new Response("Dieses Benutzerkonto gibt es nicht.", { status: 404 });
    if (!("script" in actor) && actor.id === id) {
      throw new UserError("form", "Das eigene Konto kann nicht gelöscht werden.");
    }
    if (before.role === "admin" && !before.disabledAt && activeAdminsExcept(tx, id) === 0) {
      throw new UserError("form", "Das letzte aktive Administrationskonto kann nicht gelöscht werden.");
    }
    tx.delete(users).where(eq(users.id, id)).run();
    recordAudit(tx, { actor, entity: "user", entityId: id, action: "delete", before: snapshot(before) });
  });
}

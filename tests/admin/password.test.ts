import { describe, expect, it } from "vitest";
import { hashPassword, SCRYPT_PARAMS, verifyPassword } from "~/admin/password.server";
import { NewUserSchema, fieldErrors } from "~/admin/user-form";

describe("password hashing", () => {
  it("uses scrypt at the OWASP parameters and verifies only the right password", async () => {
    const hash = await hashPassword("ein langes Passwort");
    expect(hash.split("$").slice(0, 4)).toEqual(["scrypt", String(SCRYPT_PARAMS.N), "8", "1"]);
    expect(SCRYPT_PARAMS.N).toBeGreaterThanOrEqual(2 ** 17);
    expect(await verifyPassword("ein langes Passwort", hash)).toBe(true);
    expect(await verifyPassword("ein langes passwort", hash)).toBe(false);
    // Salted: the same password gives another hash.
    expect(await hashPassword("ein langes Passwort")).not.toBe(hash);
  });

  it("rejects malformed stored hashes instead of throwing", async () => {
    expect(await verifyPassword("x", "")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$1$2$3$4$5")).toBe(false);
    expect(await verifyPassword("x", "scrypt$abc$8$1$c2FsdA$aGFzaA")).toBe(false);
  });
});

describe("NewUserSchema", () => {
  it.each([
    [{ email: "A@B.de", name: "A", role: "editor", password: "123456789012" }, null],
    [{ email: "kein-mail", name: "A", role: "editor", password: "123456789012" }, { email: "Bitte geben Sie eine gültige E-Mail-Adresse ein (z. B. name@landkreis-ludwigsburg.de)." }],
    [{ email: "a@b.de", name: " ", role: "editor", password: "123456789012" }, { name: "Bitte geben Sie einen Namen ein." }],
    [{ email: "a@b.de", name: "A", role: "chef", password: "123456789012" }, { role: "Bitte wählen Sie eine Rolle." }],
    [{ email: "a@b.de", name: "A", role: "admin", password: "kurz" }, { password: "Das Passwort braucht mindestens 12 Zeichen." }],
  ])("%j", (input, expected) => {
    const parsed = NewUserSchema.safeParse(input);
    if (expected === null) {
      expect(parsed.success).toBe(true);
      expect(parsed.data?.email).toBe("a@b.de");
    } else {
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(fieldErrors(parsed.error)).toEqual(expected);
    }
  });
});
